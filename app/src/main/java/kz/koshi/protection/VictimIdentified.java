package kz.koshi.protection;

import java.time.LocalDate;

/** A screening concluded "presumed victim" and its case opened on {@code identifiedOn}: for statistics only. */
@org.springframework.modulith.NamedInterface("events")
public record VictimIdentified(long caseId, LocalDate identifiedOn, CaseFacts facts) {
}
