package kz.koshi.recruitment;

import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** The signed-in applicant's agency: every applicant query is narrowed to it. */
final class Applicant {

    private Applicant() {
    }

    static Agency current(AgencyRepository agencies) {
        String code = CurrentActor.agencyCode();
        return agencies.byCode(code == null ? "" : code)
                .orElseThrow(() -> new DomainProblem(ProblemType.FORBIDDEN, "recruitment.applicant.no-agency"));
    }
}
