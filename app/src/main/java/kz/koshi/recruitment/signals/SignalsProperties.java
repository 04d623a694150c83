package kz.koshi.recruitment.signals;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import kz.koshi.recruitment.rules.RiskThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The risk rules' values ({@code koshi.recruitment.signals.*}), all marked for confirmation (docs/recruitment.md),
 * and how many complaints one address may send per hour on the public form.
 */
@Validated
@ConfigurationProperties("koshi.recruitment.signals")
public record SignalsProperties(@Min(1) int complaints, @Min(1) @Max(3660) int complaintWindowDays,
                                @NotNull @DecimalMin(value = "0.01", message = "{recruitment.signal.wage-share.range}")
                                @DecimalMax(value = "1", message = "{recruitment.signal.wage-share.range}") BigDecimal wageShare, Map<String, BigDecimal> wageNorms,
                                @Min(1) int employerPlacements, @Min(1) int employerCases, @Min(1) int complaintsPerHour) {

    public RiskThresholds thresholds() {
        return new RiskThresholds(complaints, complaintWindowDays, wageShare, wageNorms == null ? Map.of() : wageNorms,
                employerPlacements, employerCases);
    }
}
