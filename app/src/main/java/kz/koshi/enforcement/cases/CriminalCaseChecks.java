package kz.koshi.enforcement.cases;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.protection.references.ProtectionCaseReferences;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CriminalArticles;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * What a case must be before anything is stored: a trafficking-related article, a region in force, days that have
 * come (in Kazakhstan) and follow each other, protection case numbers that exist.
 */
@Component
class CriminalCaseChecks {

    static final int MAX_LISTED = 20;

    private final ReferenceData reference;
    private final ProtectionCaseReferences protection;

    CriminalCaseChecks(ReferenceData reference, ProtectionCaseReferences protection) {
        this.reference = reference;
        this.protection = protection;
    }

    void check(NewCriminalCase c, LocalDate today) {
        if (c.suspectPersons().size() > MAX_LISTED || c.suspectOrganisations().size() > MAX_LISTED
                || c.protectionCases().size() > MAX_LISTED) {
            throw refused(c.suspectPersons().size() > MAX_LISTED ? "suspectPersons" : c.suspectOrganisations().size() > MAX_LISTED
                    ? "suspectOrganisations" : "protectionCases", "enforcement.case.too-many");
        }
        if (!CriminalArticles.isTraffickingArticle(c.article())) {
            throw refused("article", "enforcement.case.article-unknown");
        }
        if (reference.regionsOn(today).stream().noneMatch(r -> r.code().equals(c.regionCode()))) {
            throw refused("regionCode", "enforcement.case.region-unknown");
        }
        if (c.openedOn().isAfter(today)) {
            throw refused("openedOn", "enforcement.case.day-in-future");
        }
        if (c.stageDay().isAfter(today)) {
            throw refused("stageOn", "enforcement.case.day-in-future");
        }
        if (c.stageDay().isBefore(c.openedOn())) {
            throw refused("stageOn", "enforcement.case.stage-before-opening");
        }
        List<String> linked = c.protectionCases();
        for (int i = 0; i < linked.size(); i++) {
            if (!protection.exists(linked.get(i))) {
                throw refused("protectionCases[" + i + "]", "enforcement.case.protection-case-unknown");
            }
        }
    }

    private static DomainProblem refused(String field, String key) {
        return new DomainProblem(ProblemType.VALIDATION, field, key);
    }
}
