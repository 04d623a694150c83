package kz.koshi.protection;

/** The screening stored, and the case opened when the person is a presumed victim (null otherwise). */
public record ScreeningResult(long screeningId, Long caseId, String caseNumber) {
}
