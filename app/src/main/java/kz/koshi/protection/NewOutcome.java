package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.employment.ContactChannel;
import kz.koshi.employment.Language;
import kz.koshi.employment.ReferralProfile;
import kz.koshi.shared.CriminalArticles;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An outcome on the case. A criminal case link names the Criminal Code article and its stage; an
 * employment referral carries what every programme's referral carries: the person's languages and skills and the
 * contacts (phone, e-mail) they agreed to share with the career centre, each channel agreed in {@code sharedChannels}.
 * These belong to an employment referral only: with any other outcome they have no meaning and are refused.
 */
public record NewOutcome(
        @NotNull OutcomeKind kind,
        @NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
        String criminalArticle,
        CriminalStage criminalStage,
        @Size(max = 60) String reference,
        @Size(max = 40) @Pattern(regexp = "(\\+?[0-9 ()-]{5,40})?") String contactPhone,
        Set<Language> languages,
        @Size(max = 300) String skills,
        @Size(max = 120) @Email(message = "{employment.referral.email-invalid}") String contactEmail,
        Set<ContactChannel> sharedChannels) {

    /** An outcome without the employment referral's fields (every outcome but an employment referral). */
    public NewOutcome(OutcomeKind kind, LocalDate recordedOn, String criminalArticle, CriminalStage criminalStage, String reference) {
        this(kind, recordedOn, criminalArticle, criminalStage, reference, null, null, null, null, null);
    }

    @JsonIgnore
    @AssertTrue(message = "{protection.outcome.article-required}")
    public boolean isCriminalCaseComplete() {
        return kind != OutcomeKind.CRIMINAL_CASE || (CriminalArticles.isTraffickingArticle(criminalArticle)
                && criminalStage != null);
    }

    @JsonIgnore
    @AssertTrue(message = "{protection.outcome.phone-only-employment}")
    public boolean isPhoneOnlyForEmployment() {
        return kind == OutcomeKind.EMPLOYMENT_REFERRAL || (blank(contactPhone) && blank(contactEmail) && blank(skills)
                && (languages == null || languages.isEmpty()) && (sharedChannels == null || sharedChannels.isEmpty()));
    }

    /** What the career centre is told, as for any programme's referral: languages, skills, the contacts agreed. */
    ReferralProfile profile() {
        return new ReferralProfile(languages, skills, contactPhone, contactEmail, sharedChannels);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
