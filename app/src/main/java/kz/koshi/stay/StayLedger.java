package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import kz.koshi.border.PersonStatus;
import kz.koshi.border.StayStatusSource;
import kz.koshi.shared.PersonSelection;
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
    public Map<String, PersonStatus> statusesOf(Collection<String> personNumbers, LocalDate on) {
        Map<String, PersonStatus> statuses = new HashMap<>();
        facts.factsOf(PersonSelection.of(personNumbers), personNumbers).forEach((person, f) -> {
            StayAssessment a = engine.assess(f, on);
            statuses.put(person, new PersonStatus(a.status().name(), a.allowedUntil(), a.registered() ? null : a.registerBy(),
                    a.registrar() == null ? null : a.registrar().name()));
        });
        return statuses;
    }
}
