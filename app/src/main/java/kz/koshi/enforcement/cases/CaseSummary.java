package kz.koshi.enforcement.cases;

import java.time.LocalDate;

import kz.koshi.shared.CriminalStage;

/** A case as the register lists it: no suspect, only how many there are. */
public record CaseSummary(long id, String agencyCode, String reference, String article, CriminalStage stage,
                          String regionCode, LocalDate openedOn, LocalDate stageOn, int suspects, int protectionCases) {
}
