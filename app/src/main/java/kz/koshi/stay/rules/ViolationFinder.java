package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.stay.rules.StayFacts.PermitFact;
import kz.koshi.stay.rules.StayFacts.RegistrationFact;

/** Finds the violations of one visit up to a date (or its exit): overstay, late registration, work, ban. */
final class ViolationFinder {

    private ViolationFinder() {
    }

    static List<Violation> of(VisitRules visit, StayFacts facts, LocalDate on) {
        List<Violation> found = new ArrayList<>();
        LocalDate end = visit.end(on);
        LocalDate allowed = visit.allowedUntil();
        if (allowed != null && end.isAfter(allowed)) {
            long days = ChronoUnit.DAYS.between(allowed, end);
            found.add(new Violation(ViolationKind.OVERSTAY, allowed.plusDays(1), days, visit.byDays(days),
                    visit.visit().exitUnknown() ? ViolationReason.EXIT_NOT_RECORDED : null));
        }
        LocalDate registerBy = visit.registerBy();
        if (registerBy != null && visit.overdueOn(end, registerBy)) {
            LocalDate registered = visit.firstRegistration(on).map(RegistrationFact::from).orElse(end);
            if (registered.isAfter(registerBy)) {
                long days = ChronoUnit.DAYS.between(registerBy, registered);
                found.add(new Violation(ViolationKind.MISSED_REGISTRATION, registerBy.plusDays(1), days, visit.byDays(days)));
            }
        }
        if (!visit.group().permitFree()) {
            visit.registrations(on).stream().filter(r -> r.party() == RegistrationParty.EMPLOYER)
                    .filter(r -> facts.permits().stream().noneMatch(p -> p.kind().allowsWork() && p.covers(r.from())))
                    .findFirst().ifPresent(r -> found.add(new Violation(ViolationKind.WORK_WITHOUT_PERMIT, r.from(),
                            unpermittedDays(r.from(), end, facts.permits()), Sanction.PROTOCOL)));
        }
        facts.bans().stream().filter(b -> b.covers(visit.visit().entered())).findFirst()
                .ifPresent(b -> found.add(new Violation(ViolationKind.ENTRY_DURING_BAN, visit.visit().entered(), 0,
                        Sanction.PROTOCOL)));
        return found;
    }

    private static long unpermittedDays(LocalDate from, LocalDate end, List<PermitFact> permits) {
        LocalDate until = permits.stream().filter(p -> p.kind().allowsWork() && p.from().isAfter(from))
                .map(PermitFact::from).min(LocalDate::compareTo).orElse(end.plusDays(1));
        return Math.max(1, ChronoUnit.DAYS.between(from, until.isAfter(end) ? end.plusDays(1) : until));
    }
}
