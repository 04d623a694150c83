package kz.koshi.enforcement.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.koshi.shared.CriminalStage;

import static kz.koshi.shared.CriminalStage.*;

/**
 * How a case moves on (Criminal Procedure Code): opened, then investigated, then sent to court, where it ends in a
 * conviction; a case may be discontinued at any stage before a verdict, and a court may send it back for further
 * investigation. A conviction and a discontinuance end the case (a resumed case is for confirmation).
 */
final class StageMoves {

    private static final Map<CriminalStage, Set<CriminalStage>> NEXT = Map.of(
            OPENED, EnumSet.of(INVESTIGATION, DISCONTINUED),
            INVESTIGATION, EnumSet.of(COURT, DISCONTINUED),
            COURT, EnumSet.of(CONVICTED, DISCONTINUED, INVESTIGATION),
            CONVICTED, EnumSet.noneOf(CriminalStage.class),
            DISCONTINUED, EnumSet.noneOf(CriminalStage.class));

    private StageMoves() {
    }

    static Set<CriminalStage> from(CriminalStage stage) {
        return NEXT.get(stage);
    }

    static boolean allowed(CriminalStage from, CriminalStage to) {
        return NEXT.get(from).contains(to);
    }
}
