package kz.koshi.enforcement;

import java.time.LocalDate;

import kz.koshi.shared.CriminalStage;

/** A registered criminal case moved to another stage (to court, convicted, discontinued) on {@code changedOn}. */
@org.springframework.modulith.NamedInterface("events")
public record CriminalCaseStageChanged(long caseId, String article, CriminalStage stage, String regionCode,
                                       LocalDate changedOn) {
}
