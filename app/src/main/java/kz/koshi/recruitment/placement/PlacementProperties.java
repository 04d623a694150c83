package kz.koshi.recruitment.placement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param feeLimitKzt  the most a worker may pay the agency for a placement, in tenge; no source, for confirmation
 * @param tokenDays    how long an agency's own API token lasts before it must issue a new one (design note)
 */
@Validated
@ConfigurationProperties("koshi.recruitment.placements")
public record PlacementProperties(@Min(0) long feeLimitKzt, @Min(1) @Max(730) int tokenDays) {
}
