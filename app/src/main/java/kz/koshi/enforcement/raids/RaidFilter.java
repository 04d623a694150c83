package kz.koshi.enforcement.raids;

import jakarta.validation.constraints.Pattern;

/** The raids list's filter: kind, region, state; blank means any. */
public record RaidFilter(RaidKind kind, @Pattern(regexp = "[A-Z0-9-]{1,16}", message = "{enforcement.raid.region-unknown}") String region,
                         RaidState state) {

    public RaidFilter {
        region = region == null || region.isBlank() ? null : region.strip();
    }

    public static RaidFilter any() {
        return new RaidFilter(null, null, null);
    }
}
