package kz.koshi.identity;

import java.time.Clock;

import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.Survivorship;
import org.springframework.stereotype.Component;

/** Rebuilds a person's golden record from all their source records, whenever the records change. */
@Component
class GoldenRecords {

    private final SourceRecordRepository records;
    private final PersonRepository persons;
    private final Survivorship survivorship;
    private final Clock clock;

    GoldenRecords(SourceRecordRepository records, PersonRepository persons, IdentityProperties properties, Clock clock) {
        this.records = records;
        this.persons = persons;
        this.survivorship = new Survivorship(properties.sourceTrust());
        this.clock = clock;
    }

    void rebuild(String personNumber) {
        persons.saveGolden(survivorship.golden(personNumber, records.ofPerson(personNumber)), clock.instant());
    }
}
