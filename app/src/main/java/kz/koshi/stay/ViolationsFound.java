package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;

/**
 * Violations an assessment found for the first time (issue 17's "violations found"), together. Each is keyed as stay
 * keys it (the person number, the kind, the day it began), with the day it was found, what found it (EVENT, SWEEP),
 * and the person's citizenship and region as the violation queue knows them; no name.
 */
public record ViolationsFound(List<Found> violations) {

    public ViolationsFound {
        violations = List.copyOf(violations);
    }

    public record Found(String personNumber, String kind, LocalDate since, LocalDate foundOn, String detectedBy,
                        String citizenship, String regionCode) {
    }
}
