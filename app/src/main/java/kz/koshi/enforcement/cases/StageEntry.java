package kz.koshi.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;

import kz.koshi.shared.CriminalStage;

/** A stage the case has been at: since which day, recorded when and by whom. */
public record StageEntry(CriminalStage stage, LocalDate on, Instant recordedAt, String recordedBy) {
}
