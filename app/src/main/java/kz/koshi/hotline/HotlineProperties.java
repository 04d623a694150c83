package kz.koshi.hotline;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The hotline's settings ({@code koshi.hotline.*}): the agency whose officers are the police on duty, the days to a
 * route's follow-up (both for confirmation: no source fixes them), and the key that seals the facts and contacts.
 */
@Validated
@ConfigurationProperties("koshi.hotline")
record HotlineProperties(@NotBlank String dutyPolice, @Min(1) @Max(90) int followUpDays, String noteKey,
                         @NotNull Path keyFile) {
}
