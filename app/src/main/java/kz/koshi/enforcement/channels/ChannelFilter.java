package kz.koshi.enforcement.channels;

import java.util.Locale;

/** The register's list narrowed to a year stopped, a region and a country of the route; each may be absent. */
public record ChannelFilter(Integer year, String region, String country) {

    public ChannelFilter {
        region = blankToNull(region);
        country = blankToNull(country);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
