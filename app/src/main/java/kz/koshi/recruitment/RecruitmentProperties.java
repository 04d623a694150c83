package kz.koshi.recruitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param licenceYears          years a licence (and a renewal) is valid; marked for confirmation (docs/recruitment.md)
 * @param publicChecksPerMinute public check requests one address may make per minute (page and API together)
 */
@Validated
@ConfigurationProperties("koshi.recruitment")
public record RecruitmentProperties(@Min(1) @Max(10) int licenceYears, @Min(1) int publicChecksPerMinute) {
}
