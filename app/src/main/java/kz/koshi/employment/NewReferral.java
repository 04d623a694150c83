package kz.koshi.employment;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An akimat's or the labour ministry's referral of a person to the career centre of a region, with the person's
 * languages, skills and the contacts they agreed to share ({@code sharedChannels}).
 */
public record NewReferral(@NotBlank @Pattern(regexp = "KP\\d{9}", message = "{employment.referral.person-invalid}") String personNumber,
                          @NotNull ReferralProgramme programme,
                          @NotBlank String regionCode,
                          @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]*", message = "{employment.referral.phone-invalid}") String contactPhone,
                          Set<Language> languages,
                          @Size(max = 300) String skills,
                          @Size(max = 120) @Email(message = "{employment.referral.email-invalid}") String contactEmail,
                          Set<ContactChannel> sharedChannels) {

    public static NewReferral empty() {
        return new NewReferral(null, null, null, null, Set.of(), null, null, Set.of());
    }

    ReferralProfile profile() {
        return new ReferralProfile(languages, skills, contactPhone, contactEmail, sharedChannels);
    }
}
