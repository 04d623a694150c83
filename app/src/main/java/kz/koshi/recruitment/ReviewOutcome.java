package kz.koshi.recruitment;

import kz.koshi.recruitment.rules.ApplicationStatus;

/** The reviewer's decision on a submitted application. */
public enum ReviewOutcome {
    CORRECTIONS(ApplicationStatus.CORRECTIONS_REQUESTED, "APPLICATION_CORRECTIONS_REQUESTED"),
    GRANT(ApplicationStatus.GRANTED, "APPLICATION_GRANTED"),
    REFUSE(ApplicationStatus.REFUSED, "APPLICATION_REFUSED");

    private final ApplicationStatus status;
    private final String act;

    ReviewOutcome(ApplicationStatus status, String act) {
        this.status = status;
        this.act = act;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String act() {
        return act;
    }
}
