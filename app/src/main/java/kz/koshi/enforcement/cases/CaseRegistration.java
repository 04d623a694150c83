package kz.koshi.enforcement.cases;

import java.time.Clock;
import java.util.List;

import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores a checked case with its first stage, suspects and protection case numbers, in the caller's transaction. An
 * agency's reference is its own and used once: a second case under it is refused, also when two arrive at once (the
 * database's unique key decides, and the loser stores nothing).
 */
@Component
class CaseRegistration {

    private final CriminalCaseRepository cases;
    private final Clock clock;

    CaseRegistration(CriminalCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    long store(String agency, NewCriminalCase c, List<String> persons, List<String> organisations) {
        if (agency == null) {
            throw new DomainProblem(ProblemType.FORBIDDEN, "enforcement.case.no-agency");
        }
        if (cases.referenceTaken(agency, c.reference())) {
            throw taken();
        }
        long id;
        try {
            id = cases.insert(agency, c, clock.instant(), CurrentActor.name());
        } catch (DuplicateKeyException e) {
            throw taken();
        }
        cases.insertStage(id, c.stage(), c.stageDay(), clock.instant(), CurrentActor.name());
        persons.forEach(p -> cases.insertSuspect(id, p, null));
        organisations.forEach(b -> cases.insertSuspect(id, null, b));
        c.protectionCases().forEach(n -> cases.insertProtectionCase(id, n));
        return id;
    }

    private static DomainProblem taken() {
        return new DomainProblem(ProblemType.CONFLICT, "reference", "enforcement.case.reference-taken");
    }
}
