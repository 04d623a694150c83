package kz.koshi.border;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.web.Problems.FieldError;
import org.springframework.stereotype.Component;

/**
 * The checks beyond the JSON's shape: real dates in a possible order, a known checkpoint and countries.
 * Every problem names its field and a message key.
 */
@Component
class CrossingCheck {

    /** A post's clock may run a little ahead; a crossing further in the future is impossible. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final CheckpointRepository checkpoints;
    private final ReferenceData reference;
    private final Clock clock;

    CrossingCheck(CheckpointRepository checkpoints, ReferenceData reference, Clock clock) {
        this.checkpoints = checkpoints;
        this.reference = reference;
        this.clock = clock;
    }

    record Result(CheckedCrossing crossing, List<FieldError> problems) {
    }

    Result check(CrossingRequest r) {
        List<FieldError> problems = new ArrayList<>();
        Instant at = parse(r.occurredAt(), "occurredAt", problems, s -> OffsetDateTime.parse(s).toInstant());
        LocalDate birth = parse(r.birthDate(), "birthDate", problems, LocalDate::parse);
        LocalDate expires = r.document().expiresOn() == null || r.document().expiresOn().isBlank() ? null
                : parse(r.document().expiresOn(), "document.expiresOn", problems, LocalDate::parse);
        LocalDate today = LocalDate.now(clock);
        if (at != null && at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add(new FieldError("occurredAt", "border.crossing.in-future"));
        } else if (at != null && !DateMeaning.EVENT.allows(LocalDate.ofInstant(at, clock.getZone()), today)) {
            problems.add(new FieldError("occurredAt", "border.crossing.date-impossible"));
        }
        if (expires != null && !DateMeaning.PERIOD.allows(expires, today)) {
            problems.add(new FieldError("document.expiresOn", "border.crossing.date-impossible"));
        }
        if (birth != null && (birth.isBefore(EARLIEST_BIRTH) || at != null && birth.isAfter(LocalDate.ofInstant(at, clock.getZone())))) {
            problems.add(new FieldError("birthDate", "border.crossing.birth-impossible"));
        }
        if (checkpoints.find(r.checkpoint()).isEmpty()) {
            problems.add(new FieldError("checkpoint", "border.crossing.checkpoint-unknown"));
        }
        country(r.citizenship(), "citizenship", problems);
        country(r.document().issuingCountry(), "document.issuingCountry", problems);
        List<CheckedCrossing.CheckedMinor> minors = minors(r, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new CheckedCrossing(Direction.valueOf(r.direction()), r.checkpoint(), at, r.document().type(),
                r.document().number(), r.document().issuingCountry(), expires, r.surname().strip(),
                r.givenNames() == null ? "" : r.givenNames().strip(), birth, r.sex(), r.citizenship(),
                r.purpose() == null ? "OTHER" : r.purpose(), minors, r.lane()), List.of());
    }

    private List<CheckedCrossing.CheckedMinor> minors(CrossingRequest r, List<FieldError> problems) {
        List<CheckedCrossing.CheckedMinor> minors = new ArrayList<>();
        for (int i = 0; i < r.minors().size(); i++) {
            CrossingRequest.Minor m = r.minors().get(i);
            LocalDate birth = parse(m.birthDate(), "accompanyingMinors[" + i + "].birthDate", problems, LocalDate::parse);
            if (birth != null && !DateMeaning.BIRTH.allows(birth, LocalDate.now(clock))) {
                problems.add(new FieldError("accompanyingMinors[" + i + "].birthDate", "border.crossing.birth-impossible"));
            }
            country(m.citizenship(), "accompanyingMinors[" + i + "].citizenship", problems);
            minors.add(new CheckedCrossing.CheckedMinor(m.surname().strip(), m.givenNames() == null ? "" : m.givenNames().strip(),
                    birth, m.citizenship(), m.documentNumber(), m.relation()));
        }
        return minors;
    }

    private void country(String code, String field, List<FieldError> problems) {
        boolean stateless = code != null && code.matches("XX[ABCX]");
        if (!stateless && (code == null || reference.country(code).isEmpty())) {
            problems.add(new FieldError(field, "border.crossing.country-unknown"));
        }
    }

    private static <T> T parse(String text, String field, List<FieldError> problems, Function<String, T> parser) {
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            problems.add(new FieldError(field, "border.crossing.date-impossible"));
            return null;
        }
    }
}
