package kz.koshi.enforcement.raids;

import java.time.LocalDate;

import kz.koshi.stay.FindingOutcome;
import kz.koshi.stay.FoundViolation;

/** A violation found on a person in the raid, the stay violation it became or joined, and how. */
public record RaidFinding(String personNumber, FoundViolation kind, LocalDate foundOn, String employerBin, long violationId,
                          FindingOutcome outcome) {
}
