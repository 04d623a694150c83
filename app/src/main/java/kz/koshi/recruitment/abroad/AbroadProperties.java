package kz.koshi.recruitment.abroad;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param silenceDays days after a placement contract's end with no return and no consular contact before the worker
 *                    counts as "not heard from"; no source names it: for confirmation (docs/recruitment.md)
 */
@Validated
@ConfigurationProperties("koshi.recruitment.abroad")
public record AbroadProperties(@DefaultValue("90") @Min(1) @Max(3650) int silenceDays) {
}
