package kz.koshi.protection;

/**
 * The screening stored, and the case opened when the person is a presumed victim (null otherwise). {@code handedTo}
 * is the crisis centre now holding a case screened by a border or police system (their acknowledgement: they
 * cannot read the case); null when the screening agency keeps it.
 */
public record ScreeningResult(long screeningId, Long caseId, String caseNumber, String handedTo) {
}
