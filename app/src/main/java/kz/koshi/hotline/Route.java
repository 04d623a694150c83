package kz.koshi.hotline;

import java.time.Instant;
import java.time.LocalDate;

import kz.koshi.protection.ScreeningRequestStatus;

/**
 * A call's route: to whom (an agency's code, or an employment agency's BIN), when and by whom, the follow-up day, and
 * what came of it; for a screening, whether protection has screened it yet; for the police on duty, the
 * acknowledgement.
 */
public record Route(long id, long callId, RouteKind kind, String agencyCode, String bin, Instant routedAt, String routedBy,
                    LocalDate followUpOn, RouteOutcome outcome, LocalDate outcomeOn, String outcomeBy,
                    Instant acknowledgedAt, String acknowledgedBy, Long screeningRequest, ScreeningRequestStatus screening) {

    Route withScreening(ScreeningRequestStatus status) {
        return new Route(id, callId, kind, agencyCode, bin, routedAt, routedBy, followUpOn, outcome, outcomeOn, outcomeBy,
                acknowledgedAt, acknowledgedBy, screeningRequest, status);
    }

    public boolean followUpDue(LocalDate today) {
        return outcome == null && !followUpOn.isAfter(today);
    }
}
