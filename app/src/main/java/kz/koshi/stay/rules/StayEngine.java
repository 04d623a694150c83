package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.koshi.stay.rules.StayFacts.ExpulsionFact;
import kz.koshi.stay.rules.StayFacts.Visit;

/** The stay rule engine: plain Java, no I/O. Same facts and date, same answer. */
public final class StayEngine {

    /** Citizens of Kazakhstan are not foreigners: no stay rules, no registration, no violations. */
    public static final String HOME = "KAZ";

    private final StayRuleBook book;

    public StayEngine(StayRuleBook book) {
        this.book = book;
    }

    /** Whether a registration by this party registers a citizen of that country on that day (M5, M6). */
    public boolean registers(String citizenship, RegistrationParty party, LocalDate on) {
        return book.on(on).groupOf(citizenship).registrar().accepts(party);
    }

    public StayAssessment assess(StayFacts facts, LocalDate on) {
        if (HOME.equals(facts.citizenship())) {
            return StayAssessment.citizen(on);
        }
        List<Visit> visits = facts.visits().stream().filter(v -> !v.entered().isAfter(on))
                .sorted(Comparator.comparing(Visit::entered)).toList();
        boolean blocked = suspendedOn(facts, on);
        List<Violation> found = new ArrayList<>();
        visits.forEach(v -> found.addAll(ViolationFinder.of(new VisitRules(facts, v, book), facts, on)));
        facts.expulsions().forEach(e -> overdueExpulsion(e, visits, on, blocked).ifPresent(found::add));
        List<Violation> violations = found.stream().map(v -> suspendedOn(facts, v.since()) ? v.asSuspended() : v).toList();
        boolean review = ExpulsionReviewRule.due(violations, on).isPresent();
        List<LocalDate> exitsNotRecorded = visits.stream().filter(Visit::exitUnknown).map(Visit::left).toList();
        long total = visits.stream().mapToLong(v -> ChronoUnit.DAYS.between(v.entered(), end(v, on)) + 1).sum();
        // An exit on the day asked ends the presence that day: the person is no longer in the country.
        Visit current = visits.isEmpty() || visits.getLast().left() != null && !visits.getLast().left().isAfter(on)
                ? null : visits.getLast();
        RuleSet rules = book.on(on);
        if (current == null) {
            return new StayAssessment(on, StayStatus.NOT_PRESENT, rules.groupOf(facts.citizenship()).name(), null, null, false, null, null,
                    false, held(facts, on), blocked, total, 0, facts.registrations().size(), violations, review, exitsNotRecorded);
        }
        VisitRules visit = new VisitRules(facts, current, book);
        LocalDate registerBy = visit.registerBy();
        boolean registered = visit.registeredAtEntry() || visit.firstRegistration(on).isPresent();
        StayStatus status = status(facts, current, visit, on, registerBy, registered);
        return new StayAssessment(on, status, visit.group().name(), current.entered(), visit.allowedUntil(),
                registerBy != null, visit.group().registrar(), registerBy, registered, held(facts, on), blocked, total,
                ChronoUnit.DAYS.between(current.entered(), on) + 1, facts.registrations().size(), violations,
                review, exitsNotRecorded);
    }

    /**
     * Whether removal is suspended on a day: a reflection period (V5), special social services or a criminal case in
     * which the person is a victim covers it. A violation that arises on such a day is recorded as not punishable.
     */
    public static boolean suspendedOn(StayFacts facts, LocalDate day) {
        return facts.suspensions().stream().anyMatch(p -> p.covers(day));
    }

    /** E3: the end of the entry ban that a court expulsion brings, counted from the exit (or the decision). */
    public LocalDate entryBanUntil(ExpulsionFact expulsion, LocalDate exit) {
        LocalDate from = exit != null ? exit : expulsion.decidedOn();
        return from.plusYears(book.on(from).banYears());
    }

    private static StayStatus status(StayFacts facts, Visit current, VisitRules visit, LocalDate on,
                                     LocalDate registerBy, boolean registered) {
        if (facts.expulsions().stream().anyMatch(e -> unexecuted(e, List.of(current)) && !e.decidedOn().isBefore(current.entered()))) {
            return StayStatus.EXPULSION_ORDERED;
        }
        if (visit.allowedUntil() != null && on.isAfter(visit.allowedUntil())) {
            return StayStatus.OVERSTAY;
        }
        if (registerBy != null && !registered) {
            if (visit.overdueOn(on, registerBy)) {
                return StayStatus.REGISTRATION_OVERDUE;
            }
            // M4: inside an exemption the stay is simply legal; the deadline is still shown.
            return visit.exempt() ? StayStatus.LEGAL : StayStatus.REGISTRATION_DUE;
        }
        return StayStatus.LEGAL;
    }

    /**
     * E2: an expulsion not executed by its leave-by day, its days counted to the day asked, or to the exit that
     * executed it late: the exit closes the order, not the violation. Suppressed while a reflection period lasts (V5).
     */
    private static Optional<Violation> overdueExpulsion(ExpulsionFact e, List<Visit> visits, LocalDate on, boolean blocked) {
        Optional<LocalDate> executed = executedOn(e, visits);
        LocalDate end = executed.orElse(on);
        if (!end.isAfter(e.leaveBy()) || executed.isEmpty() && blocked) {
            return Optional.empty();
        }
        return Optional.of(new Violation(ViolationKind.EXPULSION_NOT_EXECUTED, e.leaveBy().plusDays(1),
                ChronoUnit.DAYS.between(e.leaveBy(), end), Sanction.SEARCH_AND_REMOVAL));
    }

    /** The first recorded exit on or after the court's decision, which executes the expulsion (an unknown exit does not). */
    private static Optional<LocalDate> executedOn(ExpulsionFact e, List<Visit> visits) {
        return visits.stream().filter(v -> !v.exitUnknown()).map(Visit::left)
                .filter(left -> left != null && !left.isBefore(e.decidedOn())).min(Comparator.naturalOrder());
    }

    private static boolean unexecuted(ExpulsionFact e, List<Visit> visits) {
        return executedOn(e, visits).isEmpty();
    }

    private static List<StayFacts.PermitFact> held(StayFacts facts, LocalDate on) {
        return facts.permits().stream().filter(p -> p.covers(on)).toList();
    }

    private static LocalDate end(Visit v, LocalDate on) {
        return v.left() != null && v.left().isBefore(on) ? v.left() : on;
    }
}
