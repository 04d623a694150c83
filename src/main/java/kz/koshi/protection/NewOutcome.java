package kz.koshi.protection;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An outcome on the case. A criminal case link names the Criminal Code article and its stage; an
 * employment referral may carry a phone the person agreed to give the career centre. The phone is optional (a form
 * sends it empty) and belongs to an employment referral only: with any other outcome it has no meaning and is refused.
 */
public record NewOutcome(
        @NotNull OutcomeKind kind,
        @NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
        String criminalArticle,
        CriminalStage criminalStage,
        @Size(max = 60) String reference,
        @Size(max = 40) @Pattern(regexp = "(\\+?[0-9 ()-]{5,40})?") String contactPhone) {

    /** Articles a trafficking-related criminal case is opened under (DOMAIN.md 3B). */
    public static final Set<String> ARTICLES = Set.of("116", "125", "126", "128", "134", "135", "153", "262", "308",
            "309", "392", "393", "394", "395");

    @JsonIgnore
    @AssertTrue(message = "{protection.outcome.article-required}")
    public boolean isCriminalCaseComplete() {
        return kind != OutcomeKind.CRIMINAL_CASE || (criminalArticle != null && ARTICLES.contains(criminalArticle)
                && criminalStage != null);
    }

    @JsonIgnore
    @AssertTrue(message = "{protection.outcome.phone-only-employment}")
    public boolean isPhoneOnlyForEmployment() {
        return kind == OutcomeKind.EMPLOYMENT_REFERRAL || contactPhone == null || contactPhone.isBlank();
    }
}
