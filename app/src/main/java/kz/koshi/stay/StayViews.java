package kz.koshi.stay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.BanView;
import kz.koshi.border.BorderRecords;
import kz.koshi.border.CrossingView;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.rules.StayFacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What officers read: a person's stay file and timeline, and the violations' counts (the queue: {@code violations}). */
@Service
@Transactional(readOnly = true)
public class StayViews {

    /** Who may read stay files and the violation queue: officers and systems of the agencies that need them. */
    public static final String READERS = "hasAuthority('SCOPE_stay:read') or hasRole('MIGRATION_OFFICER') or hasRole('LABOUR_OFFICER') "
            + "or hasRole('AKIMAT_OFFICER') or hasRole('PROSECUTOR') or hasRole('BORDER_OFFICER')";

    private final BorderRecords border;
    private final StayRecords records;
    private final ViolationRepository violations;
    private final AuditTrail audit;
    private final RemovalSuspension suspension;
    private final ExpulsionReviewRepository reviews;
    private final Clock clock;

    StayViews(BorderRecords border, StayRecords records, ViolationRepository violations, AuditTrail audit,
              RemovalSuspension suspension, ExpulsionReviewRepository reviews, Clock clock) {
        this.border = border;
        this.records = records;
        this.violations = violations;
        this.audit = audit;
        this.suspension = suspension;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * Where the person's latest expulsion review stands, for the badge on the file: pending before the migration
     * police, or decided (the decision and its day; the reason stays in the police's queue).
     */
    public record ReviewStanding(ReviewState state, Instant decidedAt) {

        public boolean pending() {
            return state == ReviewState.PENDING;
        }

        public String decision() {
            return state.name();
        }
    }

    public record PersonFile(String personNumber, List<Registration> registrations, List<Permit> permits,
                             List<Expulsion> expulsions, List<BanView> bans, List<StoredViolation> violations,
                             List<TimelineEntry> timeline, ReviewStanding review) {

        /** The entry ban a court expulsion brought (E3), as it stands now (moved after the exit, or lifted). */
        public BanView banOf(Expulsion expulsion) {
            return bans.stream().filter(b -> b.id() == expulsion.banId()).findFirst().orElse(null);
        }
    }

    private ReviewStanding reviewOf(String person) {
        List<ExpulsionReview> all = reviews.ofPerson(person);
        ExpulsionReview latest = all.isEmpty() ? null : all.getLast();
        return latest == null ? null : new ReviewStanding(latest.state(), latest.decidedAt());
    }

    @Transactional
    @PreAuthorize(READERS)
    public PersonFile file(String person) {
        if (border.crossingsOf(person).isEmpty()) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "stay.person.unknown");
        }
        audit.record(AuditEvent.success("STAY_FILE_VIEWED", "person", person));
        return new PersonFile(person, records.registrations(person), records.permits(person), records.expulsions(person),
                border.bansOf(person), violationsOf(person), timeline(person), reviewOf(person));
    }

    /** The person's violations; suspended ones only for those who may know of a suspension, as for the queue. */
    private List<StoredViolation> violationsOf(String person) {
        boolean shown = suspension.shownToCaller();
        return violations.ofPerson(person).stream().filter(v -> shown || !v.suspended()).toList();
    }

    @PreAuthorize(READERS)
    public List<ViolationRepository.Count> counts() {
        return violations.counts();
    }

    /** A violation with its sanction; a handled or withdrawn one says so, a withdrawn one with the day it was withdrawn. */
    private static TimelineEntry violation(StoredViolation v) {
        List<String> labels = new ArrayList<>(List.of("stay.violation." + v.kind(), "stay.sanction." + v.sanction()));
        if (v.reason() != null) {
            labels.add("stay.violation.reason." + v.reason());
        }
        if (!v.open()) {
            labels.add("stay.violation.state." + v.state());
        }
        if (v.suspended()) {
            labels.add("stay.violation.suspended");
        }
        return new TimelineEntry(v.since(), "VIOLATION", labels,
                v.days() + (v.withdrawnOn() == null ? "" : " (" + v.withdrawnOn() + ")"));
    }

    private List<TimelineEntry> timeline(String person) {
        List<TimelineEntry> t = new ArrayList<>();
        List<CrossingView> crossings = border.crossingsOf(person);
        // Before the entry of the same day: a visit with no exit on record, ended by that later entry.
        StayFactsReader.visitsOf(crossings, clock.getZone()).stream().filter(StayFacts.Visit::exitUnknown).forEach(v -> t.add(
                new TimelineEntry(v.left(), "EXIT_NOT_RECORDED", List.of("stay.exit-not-recorded.detail"), v.entered() + " → ?")));
        crossings.forEach(c -> t.add(new TimelineEntry(LocalDate.ofInstant(c.occurredAt(), clock.getZone()),
                "CROSSING_" + c.direction(), List.of("border.state." + c.state()), c.checkpoint())));
        border.cardOf(person).ifPresent(c -> t.add(new TimelineEntry(c.issuedOn(), "CARD_ISSUED",
                List.of("border.card.state." + c.state()), c.number() + " → " + c.validUntil())));
        border.bansOf(person).forEach(b -> t.add(new TimelineEntry(b.validFrom(), b.kind(),
                List.of("border.alert.reason." + b.reason()), "→ " + (b.validUntil() == null ? "" : b.validUntil()))));
        records.registrations(person).forEach(r -> t.add(new TimelineEntry(r.validFrom(), "REGISTRATION",
                List.of("stay.party." + r.party(), "stay.basis." + r.basis()), r.validFrom() + " → " + r.validUntil())));
        records.permits(person).forEach(p -> t.add(new TimelineEntry(p.validFrom(), "PERMIT",
                List.of("stay.permit.kind." + p.kind()), p.validFrom() + " → " + p.validUntil())));
        records.expulsions(person).forEach(e -> t.add(new TimelineEntry(e.decidedOn(), "EXPULSION", List.of(),
                e.courtAct() + " → " + e.leaveBy())));
        violationsOf(person).forEach(v -> t.add(violation(v)));
        t.sort(Comparator.comparing(TimelineEntry::on));
        return t;
    }
}
