package kz.koshi.kandas;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/** One member of the family on step 2. A row left wholly empty is no member; a row begun must be finished. */
public record MemberAnswer(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, Sex sex, Education education,
                           Profession profession, List<Language> languages, HealthNeed healthNeed) {

    public MemberAnswer {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public static MemberAnswer blank() {
        return new MemberAnswer(null, null, null, null, List.of(), null);
    }

    public boolean isBlank() {
        return birthDate == null && sex == null && education == null && profession == null && languages.isEmpty()
                && healthNeed == null;
    }
}
