package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.border.PersonStatus;
import kz.koshi.border.StayStatusSource;
import kz.koshi.stay.rules.StayAssessment;
import kz.koshi.stay.rules.StayEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's legal status at any date, from the rule engine over their facts; border asks through its port. */
@Service
@Transactional(readOnly = true)
public class StayLedger implements StayStatusSource {

    private final StayFactsReader facts;
    private final StayEngine engine;
    private final Clock clock;

    StayLedger(StayFactsReader facts, StayEngine engine, Clock clock) {
        this.facts = facts;
        this.engine = engine;
        this.clock = clock;
    }

    public StayAssessment assess(String personNumber, LocalDate on) {
        return engine.assess(facts.facts(personNumber), on);
    }

    public StayAssessment assessToday(String personNumber) {
        return assess(personNumber, LocalDate.now(clock));
    }

    @Override
    public PersonStatus statusOf(String personNumber, LocalDate on) {
        StayAssessment a = assess(personNumber, on);
        return new PersonStatus(a.status().name(), a.allowedUntil(), a.registered() ? null : a.registerBy(),
                a.registrar() == null ? null : a.registrar().name(), a.removalBlocked());
    }
}
