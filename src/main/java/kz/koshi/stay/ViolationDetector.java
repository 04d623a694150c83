package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.BorderRecords;
import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.Direction;
import kz.koshi.stay.rules.StayAssessment;
import kz.koshi.stay.rules.StayEngine;
import kz.koshi.stay.rules.StayFacts;
import kz.koshi.stay.rules.Violation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Detects violations when a crossing arrives and in the daily sweep, and keeps each once. An exit after a
 * court expulsion executes it: the 5-year ban is counted again from that exit (E3).
 */
@Component
class ViolationDetector {

    private final StayLedger ledger;
    private final ViolationRepository violations;
    private final StayRecords records;
    private final BorderRecords border;
    private final StayEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    ViolationDetector(StayLedger ledger, ViolationRepository violations, StayRecords records, BorderRecords border,
                      StayEngine engine, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.violations = violations;
        this.records = records;
        this.border = border;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(CrossingRecorded crossing) {
        if (crossing.direction() == Direction.EXIT) {
            executeExpulsions(crossing.personNumber(), crossing.occurredOn());
        }
        detect(crossing.personNumber(), "EVENT");
    }

    /** Records what the rules find today; returns the number of new violations. */
    @Transactional
    public int detect(String personNumber, String detectedBy) {
        StayAssessment a = ledger.assess(personNumber, LocalDate.now(clock));
        int created = 0;
        for (Violation v : a.violations()) {
            if (violations.upsert(personNumber, v, detectedBy, clock.instant())) {
                created++;
                audit.record(AuditEvent.success("VIOLATION_DETECTED", "person", personNumber).because(v.kind() + " " + v.sanction()));
            }
        }
        return created;
    }

    private void executeExpulsions(String person, LocalDate exit) {
        List<Expulsion> orders = records.expulsions(person).stream().filter(e -> !exit.isBefore(e.decidedOn())).toList();
        for (Expulsion e : orders) {
            LocalDate until = engine.entryBanUntil(new StayFacts.ExpulsionFact(e.decidedOn(), e.leaveBy()), exit);
            border.extendBan(e.banId(), until);
        }
    }
}
