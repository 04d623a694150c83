package kz.koshi.kandas;

import java.time.Instant;

/** A family's survey as saved so far: each step's answers (blank where not yet given), status, expected region. */
public record Survey(long id, String reference, SurveyStatus status, String language, OriginAnswers origin,
                     MembersAnswers members, PlansAnswers plans, String expectedRegion, Instant submittedAt) {

    public boolean submitted() {
        return status == SurveyStatus.SUBMITTED;
    }

    /** The first step still to answer (1 to 3), or 4 when every step has been answered. */
    public int nextStep() {
        if (members.given().isEmpty()) {
            return 2;
        }
        return plans.arrivalDate() == null ? 3 : 4;
    }
}
