package kz.koshi.enforcement.cases.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.enforcement.cases.NewCriminalCase;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form: suspects and protection case numbers typed one per line (or separated by commas). */
public record CaseForm(
        @NotBlank @Size(max = 64) String reference,
        @NotBlank @Size(max = 8) String article,
        @NotNull CriminalStage stage,
        @NotBlank @Size(max = 16) String regionCode,
        @NotNull @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate openedOn,
        @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d.M.uuuu") LocalDate stageOn,
        @Size(max = 1000) String suspectPersons,
        @Size(max = 1000) String suspectOrganisations,
        @Size(max = 1000) String protectionCases) {

    static CaseForm empty(String protectionCase) {
        return new CaseForm("", "", CriminalStage.OPENED, "", null, null, "", "", protectionCase == null ? "" : protectionCase);
    }

    NewCriminalCase toCase() {
        return new NewCriminalCase(reference, article, stage, regionCode, openedOn, stageOn, lines(suspectPersons),
                lines(suspectOrganisations), lines(protectionCases));
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }
}
