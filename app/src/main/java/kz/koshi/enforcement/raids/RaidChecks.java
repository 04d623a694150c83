package kz.koshi.enforcement.raids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.koshi.identity.PersonSummary;
import kz.koshi.identity.RegistryLookup;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.FoundViolation;
import org.springframework.stereotype.Component;

/**
 * The rows of persons checked, checked all before anything is stored: each person named by registry number, IIN or
 * document must be one registered person; the day within the raid's days (up to today while it runs); an employer's BIN
 * only for work without a permit, and a valid one; no stay violation on a citizen of Kazakhstan (they commit none).
 */
@Component
class RaidChecks {

    private final RegistryLookup registry;

    RaidChecks(RegistryLookup registry) {
        this.registry = registry;
    }

    /** A row as checked: the person's current registry number, and the row. */
    record Checked(String personNumber, PersonChecked row) {
    }

    /** The non-blank rows, checked, in registry-number order (so that concurrent additions lock persons in one order). */
    List<Checked> check(List<PersonChecked> rows, LocalDate first, LocalDate last) {
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonChecked row = rows.get(i);
            if (!row.blank()) {
                checked.add(new Checked(person(row, "persons[" + i + "]."), dated(row, "persons[" + i + "].", first, last)));
            }
        }
        checked.sort(Comparator.comparing(Checked::personNumber));
        return checked;
    }

    private String person(PersonChecked row, String prefix) {
        List<PersonSummary> named = registry.named(row.person());
        if (named.size() != 1) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "person",
                    named.isEmpty() ? "enforcement.raid.person-unknown" : "enforcement.raid.person-ambiguous");
        }
        if (row.violation() != null && "KAZ".equals(named.getFirst().citizenship())) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "violation", "enforcement.raid.citizen-no-violation");
        }
        return named.getFirst().personNumber();
    }

    private static PersonChecked dated(PersonChecked row, String prefix, LocalDate first, LocalDate last) {
        if (row.checkedOn() == null || row.checkedOn().isBefore(first) || row.checkedOn().isAfter(last)) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "checkedOn", "enforcement.raid.day-outside");
        }
        String bin = row.employerBin() == null || row.employerBin().isBlank() ? null : row.employerBin().replaceAll("\\s", "");
        if (bin != null && (row.violation() != FoundViolation.WORK_WITHOUT_PERMIT || !Bin.isValid(bin))) {
            throw new DomainProblem(ProblemType.VALIDATION, prefix + "employerBin",
                    row.violation() == FoundViolation.WORK_WITHOUT_PERMIT ? "enforcement.raid.employer-invalid" : "enforcement.raid.employer-only-for-work");
        }
        return new PersonChecked(row.person(), row.checkedOn(), row.violation(), bin);
    }
}
