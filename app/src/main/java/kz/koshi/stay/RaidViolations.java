package kz.koshi.stay;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import kz.koshi.stay.rules.Sanction;
import kz.koshi.stay.rules.StayEngine;
import kz.koshi.stay.rules.StayFacts;
import kz.koshi.stay.rules.Violation;
import kz.koshi.stay.rules.ViolationKind;

/**
 * Open violations found in raids, when their person is assessed again: punishable or not by the same rule as the rules'
 * own violations (removal suspended on their first day, V5), so a victim identified after the raid is not punished.
 */
final class RaidViolations {

    static final String DETECTED_BY = "RAID";

    private RaidViolations() {
    }

    static List<ViolationRepository.Found> resuspended(Collection<StoredViolation> known, Map<String, StayFacts> facts) {
        return known.stream().filter(v -> v.foundInRaid() && v.open() && facts.containsKey(v.personNumber()))
                .filter(v -> v.suspended() != StayEngine.suspendedOn(facts.get(v.personNumber()), v.since()))
                .map(v -> new ViolationRepository.Found(v.personNumber(), new Violation(ViolationKind.valueOf(v.kind()), v.since(),
                        v.days(), Sanction.valueOf(v.sanction()), null, !v.suspended()))).toList();
    }
}
