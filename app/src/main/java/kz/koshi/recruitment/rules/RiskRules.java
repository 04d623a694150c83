package kz.koshi.recruitment.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** When a fact about an agency is a risk signal (issue 14, "Risk signals"); plain Java, one method per rule. */
public final class RiskRules {

    private RiskRules() {
    }

    /** The first day whose complaints count today. */
    public static LocalDate complaintWindowFrom(LocalDate today, RiskThresholds t) {
        return today.minusDays(t.complaintWindowDays() - 1L);
    }

    /** Complaints within the window reach the configured number. */
    public static boolean complaintsRaise(long inWindow, RiskThresholds t) {
        return inWindow >= t.complaints();
    }

    /** A refused placement's reasons (by name) that are signals: a worker under 18, fees above the limit. */
    public static Set<SignalKind> ofRefusal(Set<String> reasons) {
        Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
        if (reasons.contains("WORKER_UNDER_18")) {
            kinds.add(SignalKind.MINOR_PLACEMENT_ATTEMPT);
        }
        if (reasons.contains("FEES_ABOVE_LIMIT")) {
            kinds.add(SignalKind.FEES_ABOVE_LIMIT);
        }
        return kinds;
    }

    /** The destination's norm when the wage is below its configured share; empty when no norm is configured. */
    public static Optional<BigDecimal> wageFarBelow(String country, String currency, BigDecimal wage, RiskThresholds t) {
        BigDecimal norm = t.wageNorms().get(country + "-" + String.valueOf(currency).toUpperCase(Locale.ROOT));
        return norm != null && wage != null && wage.compareTo(norm.multiply(t.wageShare())) < 0 ? Optional.of(norm) : Optional.empty();
    }

    /** Enough placements to one employer, and enough trafficking cases naming it since the first of them. */
    public static boolean employerCasesRaise(long placements, long cases, RiskThresholds t) {
        return placements >= t.employerPlacements() && cases >= t.employerCases();
    }

    /** One employer abroad: by its registration number when the agency gave one, else by its name key. */
    public static String employerKey(String registration, String nameKey) {
        return registration != null && !registration.isBlank() ? "R:" + registration.strip().toUpperCase(Locale.ROOT) : "N:" + nameKey;
    }

    /** Workers not heard from after their contract ended (counted by the register of citizens abroad): any at all. */
    public static boolean notHeardFromRaises(long workers) {
        return workers > 0;
    }

    /** Persons behind an application who stood behind an agency whose licence was revoked: any at all. */
    public static boolean revokedPersonsRaise(long persons) {
        return persons > 0;
    }
}
