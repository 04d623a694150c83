package kz.koshi.identity.engine.compare;

import java.util.Optional;

import kz.koshi.identity.engine.CannotLink;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.shared.Iin;

/** The hard cannot-link rules between two records ({@link CannotLink}), and which records are weak. */
public final class Constraints {

    private Constraints() {
    }

    /** The hard reason the two records are two people, if any. */
    public static Optional<CannotLink> between(NormalisedRecord a, NormalisedRecord b) {
        if (differentIins(a, b)) {
            return Optional.of(CannotLink.DIFFERENT_IIN);
        }
        return differentPassports(a, b) ? Optional.of(CannotLink.DIFFERENT_PASSPORT) : Optional.empty();
    }

    /** Whether the record carries any of what tells namesakes apart: a birth date, a document, an IIN. */
    public static boolean weak(NormalisedRecord r) {
        return r.birthDate() == 0 && r.documentNumber() == null && r.nationalId() == null;
    }

    /** Whether the record can take part in a hard conflict at all (a cheap filter for clustering). */
    public static boolean identified(NormalisedRecord r) {
        return r.nationalId() != null || r.documentNumber() != null && r.citizenship() != 0 && r.birthDate() % 100 != 0;
    }

    /** Whether two birth dates say "another person" rather than "a typo": a component or more off, not swapped. */
    public static boolean birthDatesConflict(NormalisedRecord a, NormalisedRecord b) {
        int level = DateComparison.level(a.birthDate(), b.birthDate());
        return level == DateComparison.ONE_COMPONENT || level == DateComparison.YEAR_NEAR
                || level == DateComparison.SAME_YEAR || level == DateComparison.DIFFERENT;
    }

    private static boolean differentIins(NormalisedRecord a, NormalisedRecord b) {
        return a.nationalId() != null && b.nationalId() != null && !a.nationalId().equals(b.nationalId())
                && Iin.isValid(a.nationalId()) && Iin.isValid(b.nationalId());
    }

    private static boolean differentPassports(NormalisedRecord a, NormalisedRecord b) {
        if (a.documentNumber() == null || b.documentNumber() == null || a.citizenship() == 0
                || a.citizenship() != b.citizenship()
                || EditDistance.withinOneEdit(a.documentNumber(), b.documentNumber())) {
            return false;
        }
        int level = DateComparison.level(a.birthDate(), b.birthDate());
        boolean bothFull = a.birthDate() % 100 != 0 && b.birthDate() % 100 != 0;
        return bothFull && (level == DateComparison.ONE_COMPONENT || level == DateComparison.SAME_YEAR
                || level == DateComparison.DIFFERENT);
    }
}
