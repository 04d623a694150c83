package kz.koshi.protection;

import java.time.LocalDate;

/**
 * A presumed victim was admitted to special social services at a crisis centre ({@code centreCode}) for a period ending
 * on {@code endsOn}: for statistics only (the centre's places, persons served).
 */
@org.springframework.modulith.NamedInterface("events")
public record VictimAdmitted(long caseId, LocalDate admittedOn, LocalDate endsOn, String centreCode, CaseFacts facts) {
}
