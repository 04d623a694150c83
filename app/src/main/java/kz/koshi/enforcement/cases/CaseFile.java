package kz.koshi.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.shared.CriminalStage;

/**
 * A case as its keepers read it: the case, its stages, its suspects and the numbers of the protection cases it
 * concerns (never anything of those cases), and the stages it may move to next.
 */
public record CaseFile(long id, String agencyCode, String reference, String article, CriminalStage stage,
                       String regionCode, LocalDate openedOn, LocalDate stageOn, Instant registeredAt, String registeredBy,
                       List<StageEntry> stages, List<Suspect> suspects, List<String> protectionCases,
                       List<CriminalStage> nextStages) {
}
