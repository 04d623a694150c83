package kz.koshi.protection;

import java.time.LocalDate;

/** A case was closed on {@code closedOn} for {@code reason}; special social services, if any, ended that day. */
@org.springframework.modulith.NamedInterface("events")
public record VictimCaseClosed(long caseId, LocalDate closedOn, ClosureReason reason, CaseFacts facts) {
}
