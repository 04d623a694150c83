package kz.koshi.protection;

import kz.koshi.protection.rules.RuleBroken;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** Small guards shared by the case workers. */
final class CaseOps {

    private CaseOps() {
    }

    static void requireMove(CaseRow c, CaseStatus target) {
        if (!c.status().canMoveTo(target)) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.case.status-" + c.status().name().toLowerCase());
        }
    }

    static void requireStatus(CaseRow c, CaseStatus status) {
        if (c.status() != status) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.case.status-" + c.status().name().toLowerCase());
        }
    }

    static DomainProblem problem(RuleBroken rule) {
        return new DomainProblem(ProblemType.RULE_VIOLATION, rule.field(), rule.getMessage());
    }
}
