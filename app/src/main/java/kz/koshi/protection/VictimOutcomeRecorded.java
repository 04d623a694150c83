package kz.koshi.protection;

import java.time.LocalDate;

/** An outcome (documents restored, repatriation, ...) was recorded on a case, dated {@code recordedOn}. */
@org.springframework.modulith.NamedInterface("events")
public record VictimOutcomeRecorded(long caseId, long outcomeId, LocalDate recordedOn, OutcomeKind kind, CaseFacts facts) {
}
