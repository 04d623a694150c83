package kz.koshi.stay;

/** Stay's answer to a finding: the violation it became or joined, and how. */
public record FindingReceipt(long violationId, FindingOutcome outcome) {
}
