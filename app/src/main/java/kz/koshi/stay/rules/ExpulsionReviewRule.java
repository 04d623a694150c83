package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * W2.4, the expulsion review: a foreigner brought to administrative responsibility twice or more within a year is put
 * before the migration police, who may initiate expulsion in court (E2). What counts is what the law counts (seed 002,
 * R~L4346-4358: "2 и более раз привлекались к административной ответственности"; E1, R~L4085-4107: a warning is
 * given on the spot and at a checkpoint no protocol is drawn up): offences with an administrative offence protocol
 * ({@link Sanction#PROTOCOL}), not warnings, not a suspended violation (arisen while removal was suspended, V5), not
 * an unexecuted expulsion (the person is already expelled). "Within a year": the offences began in the twelve months
 * up to the day assessed (design note: the report names no window; the issue and the Code's one-year term of an
 * administrative penalty give it).
 */
public final class ExpulsionReviewRule {

    /** Offences that put a person before the review. */
    public static final int OFFENCES = 2;

    private ExpulsionReviewRule() {
    }

    /** The offences that count on a day: how many, the first and the latest day one began. */
    public record Offences(int count, LocalDate first, LocalDate latest) {
    }

    /** The counted offences when there are enough for a review, else empty. */
    public static Optional<Offences> due(List<Violation> violations, LocalDate on) {
        List<LocalDate> days = violations.stream().filter(ExpulsionReviewRule::counts).map(Violation::since)
                .filter(d -> d.isAfter(on.minusYears(1)) && !d.isAfter(on)).sorted(Comparator.naturalOrder()).toList();
        return days.size() < OFFENCES ? Optional.empty() : Optional.of(new Offences(days.size(), days.getFirst(), days.getLast()));
    }

    /** An administrative offence punished with a protocol, arisen while removal was not suspended. */
    static boolean counts(Violation v) {
        return v.sanction() == Sanction.PROTOCOL && v.punishable();
    }
}
