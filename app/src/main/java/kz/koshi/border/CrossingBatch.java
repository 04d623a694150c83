package kz.koshi.border;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.shared.PersonSelection;
import kz.koshi.shared.web.Problems.FieldError;
import org.springframework.stereotype.Component;

/**
 * Records crossings together in two steps. {@link #prepare} checks each, refuses those received before and
 * gives the identity records of travellers and minors, which the caller resolves to persons (all of the batch
 * in one resolution, in order, in identity's own transaction) before {@link #record} runs in the border's
 * transaction: alerts raised from the bans on record, each crossing completed unless an alert holds it for the
 * officer. So a request never holds the border's connection while identity needs one of its own. The reads and
 * writes are set-based, so a batch from a border post costs a few statements, not a few per crossing.
 */
@Component
class CrossingBatch {

    /**
     * The channel of the officer's booth: whatever time it carries (a late record's typed one), what an officer records
     * is checked as of now and held for their decision, never completed past an alert because it looks historical.
     */
    static final String OFFICER = "OFFICER";

    private final CrossingCheck check;
    private final CrossingRepository crossings;
    private final BanRepository bans;
    private final PresenceRepository presence;
    private final PersonResolver resolver;
    private final AlertRules alertRules;
    private final AlertRepository alerts;
    private final CrossingCompletion completion;
    private final BorderProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    CrossingBatch(CrossingCheck check, CrossingRepository crossings, BanRepository bans, PresenceRepository presence, PersonResolver resolver,
                  AlertRules alertRules, AlertRepository alerts, CrossingCompletion completion, BorderProperties properties,
                  AuditTrail audit, Clock clock) {
        this.check = check;
        this.crossings = crossings;
        this.bans = bans;
        this.presence = presence;
        this.resolver = resolver;
        this.alertRules = alertRules;
        this.alerts = alerts;
        this.completion = completion;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A crossing that passed its checks, with the identity records of its traveller and minors. */
    record Accepted(int index, CheckedCrossing crossing, IncomingRecord traveller, List<IncomingRecord> minors) {
    }

    /** Crossings checked and not received before, and the identity records (travellers and minors, in order) to resolve. */
    record Prepared(CrossingOutcome[] outcomes, List<Accepted> accepted, List<IncomingRecord> records) {
    }

    /** Checks every crossing (reads only, no transaction of its own): the refused and duplicates get their outcome now. */
    Prepared prepare(List<CrossingRequest> requests) {
        CrossingOutcome[] outcomes = new CrossingOutcome[requests.size()];
        List<Accepted> accepted = accept(requests, outcomes);
        List<IncomingRecord> records = new ArrayList<>();
        accepted.forEach(a -> {
            records.add(a.traveller());
            records.addAll(a.minors());
        });
        return new Prepared(outcomes, accepted, records);
    }

    /** Records the prepared crossings, in the caller's transaction, with the persons their records resolved to. */
    List<CrossingOutcome> record(Prepared prepared, List<String> persons, String channel) {
        CrossingOutcome[] outcomes = prepared.outcomes().clone();
        List<Accepted> accepted = prepared.accepted();
        if (accepted.isEmpty()) {
            return List.of(outcomes);
        }
        Map<String, List<BanView>> bansOf = bans.ofPersons(PersonSelection.of(persons)).stream()
                .collect(Collectors.groupingBy(BanView::personNumber));
        Map<String, Presence> lastCrossings = presence.lastOf(PersonSelection.of(persons));

        Instant now = clock.instant();
        List<CrossingRepository.NewCrossing> rows = new ArrayList<>();
        List<List<AlertRules.Finding>> findings = new ArrayList<>();
        List<List<String>> minorsOf = new ArrayList<>();
        int next = 0;
        for (Accepted a : accepted) {
            String person = persons.get(next++);
            List<String> minors = persons.subList(next, next + a.minors().size());
            next += a.minors().size();
            List<AlertRules.Finding> found = alertRules.findings(a.crossing(), person, minors, bansOf.getOrDefault(person, List.of()),
                    lastCrossings.get(person));
            boolean live = OFFICER.equals(channel) || a.crossing().occurredAt().isAfter(now.minus(properties.liveWindow()));
            boolean hold = live && found.stream().anyMatch(f -> f.kind() != Alert.Kind.WATCH_LIST);
            rows.add(new CrossingRepository.NewCrossing(a.crossing(), person, hold ? "HELD" : "COMPLETED"));
            findings.add(found);
            minorsOf.add(minors);
        }
        List<Long> ids = crossings.insertAll(rows, channel, now);

        List<StoredCrossing> stored = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        List<AlertRepository.NewAlert> raised = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CrossingRepository.NewCrossing row = rows.get(i);
            CheckedCrossing c = row.crossing();
            long id = ids.get(i);
            for (int m = 0; m < c.minors().size(); m++) {
                crossings.insertMinor(id, minorsOf.get(i).get(m), c.minors().get(m));
            }
            boolean held = row.state().equals("HELD");
            findings.get(i).forEach(f -> raised.add(new AlertRepository.NewAlert(id, f.kind(), f.reason(),
                    held && f.kind() != Alert.Kind.WATCH_LIST ? Alert.State.OPEN : Alert.State.NOTED)));
            stored.add(new StoredCrossing(id, row.personNumber(), c.direction(), c.checkpoint(), c.occurredAt(), c.documentType(),
                    c.documentNumber(), c.documentCountry(), c.documentExpiresOn(), c.surname(), c.givenNames(), c.birthDate(),
                    c.sex(), c.citizenship(), c.purpose(), row.state(), channel, c.lane()));
            events.add(AuditEvent.success("CROSSING_RECORDED", "border_crossing", id).because(AuditReason.of("crossing-recorded",
                    ReasonArg.label("border.direction.", c.direction()), ReasonArg.checkpoint(c.checkpoint()), ReasonArg.number(findings.get(i).size()))));
        }
        alerts.insertAll(raised, now);
        Map<Long, Card> issued = completion.completeAll(stored.stream().filter(c -> c.state().equals("COMPLETED")).toList());
        audit.recordAll(events);
        List<CrossingReceipt> receipts = completion.receipts(stored, issued);
        for (int i = 0; i < accepted.size(); i++) {
            outcomes[accepted.get(i).index()] = new CrossingOutcome.Recorded(receipts.get(i));
        }
        return List.of(outcomes);
    }

    /** Checks every crossing; the refused and the already received get their outcome now, the rest go on. */
    private List<Accepted> accept(List<CrossingRequest> requests, CrossingOutcome[] outcomes) {
        List<Integer> indexes = new ArrayList<>();
        List<CheckedCrossing> checked = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CrossingCheck.Result result = check.check(requests.get(i));
            if (result.problems().isEmpty()) {
                indexes.add(i);
                checked.add(result.crossing());
            } else {
                outcomes[i] = new CrossingOutcome.Rejected(result.problems());
            }
        }
        Set<String> received = crossings.alreadyReceived(checked);
        Set<String> seen = new HashSet<>();
        List<Accepted> accepted = new ArrayList<>();
        for (int k = 0; k < checked.size(); k++) {
            CheckedCrossing c = checked.get(k);
            String key = CrossingRepository.identityOf(c.documentCountry(), c.documentNumber(), c.direction(), c.occurredAt());
            if (received.contains(key) || !seen.add(key)) {
                outcomes[indexes.get(k)] = new CrossingOutcome.Duplicate();
                continue;
            }
            IncomingRecord traveller = PersonResolver.record(key, c.surname(), c.givenNames(), c.birthDate(), c.sex(),
                    c.citizenship(), c.documentNumber());
            List<IncomingRecord> minors = new ArrayList<>();
            for (int m = 0; m < c.minors().size(); m++) {
                CheckedCrossing.CheckedMinor minor = c.minors().get(m);
                minors.add(PersonResolver.record(key + ":minor:" + m, minor.surname(), minor.givenNames(), minor.birthDate(), null,
                        minor.citizenship(), minor.documentNumber()));
            }
            List<FieldError> refused = new ArrayList<>();
            resolver.problemsOf(traveller).forEach(field -> refused.add(new FieldError(field, "identity.record.invalid")));
            for (int m = 0; m < minors.size(); m++) {
                String prefix = "accompanyingMinors[" + m + "].";
                resolver.problemsOf(minors.get(m)).forEach(field -> refused.add(new FieldError(prefix + field, "identity.record.invalid")));
            }
            if (refused.isEmpty()) {
                accepted.add(new Accepted(indexes.get(k), c, traveller, minors));
            } else {
                outcomes[indexes.get(k)] = new CrossingOutcome.Rejected(refused);
            }
        }
        return accepted;
    }
}
