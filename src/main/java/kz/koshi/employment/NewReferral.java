package kz.koshi.employment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An akimat's or the labour ministry's referral of a person to the career centre of a region. */
public record NewReferral(@NotBlank @Pattern(regexp = "KP\\d{9}", message = "{employment.referral.person-invalid}") String personNumber,
                          @NotNull ReferralProgramme programme,
                          @NotBlank String regionCode,
                          @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]*", message = "{employment.referral.phone-invalid}") String contactPhone) {
}
