package kz.koshi.enforcement.cases;

import java.util.List;
import java.util.Map;

import kz.koshi.shared.CriminalStage;

import static kz.koshi.shared.CriminalStage.*;

/**
 * How a case moves on (Criminal Procedure Code): opened, then investigated, then sent to court, where it ends in a
 * conviction; a case may be discontinued at any stage before a verdict, and a court may send it back for further
 * investigation. A conviction and a discontinuance end the case (a resumed case is for confirmation).
 */
final class StageMoves {

    /** The stages each may move to, the usual next one first. */
    private static final Map<CriminalStage, List<CriminalStage>> NEXT = Map.of(
            OPENED, List.of(INVESTIGATION, DISCONTINUED),
            INVESTIGATION, List.of(COURT, DISCONTINUED),
            COURT, List.of(CONVICTED, DISCONTINUED, INVESTIGATION),
            CONVICTED, List.of(),
            DISCONTINUED, List.of());

    private StageMoves() {
    }

    static List<CriminalStage> from(CriminalStage stage) {
        return NEXT.get(stage);
    }

    static boolean allowed(CriminalStage from, CriminalStage to) {
        return NEXT.get(from).contains(to);
    }
}
