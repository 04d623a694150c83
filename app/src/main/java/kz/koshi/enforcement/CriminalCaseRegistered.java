package kz.koshi.enforcement;

import java.time.LocalDate;

import kz.koshi.shared.CriminalStage;

/** A criminal case was registered: for statistics (ids, article, stage, region, day, number of suspects; no names). */
@org.springframework.modulith.NamedInterface("events")
public record CriminalCaseRegistered(long caseId, String article, CriminalStage stage, String regionCode,
                                     LocalDate registeredOn, int suspects) {
}
