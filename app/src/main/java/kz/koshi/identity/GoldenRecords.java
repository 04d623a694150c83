package kz.koshi.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import kz.koshi.identity.registry.Survivorship;
import org.springframework.stereotype.Component;

/** Rebuilds a person's golden record from all their source records, whenever the records change. */
@Component
class GoldenRecords {

    private final SourceRecordRepository records;
    private final PersonRepository persons;
    private final Survivorship survivorship;
    private final IdentityProperties properties;
    private final Clock clock;

    GoldenRecords(SourceRecordRepository records, PersonRepository persons, IdentityProperties properties, Clock clock) {
        this.records = records;
        this.persons = persons;
        this.survivorship = new Survivorship(properties.sourceTrust());
        this.properties = properties;
        this.clock = clock;
    }

    /** The stored golden record, which officers search and read, comes from unprotected sources only. */
    void rebuild(String personNumber) {
        rebuildAll(List.of(personNumber));
    }

    void rebuildAll(Collection<String> personNumbers) {
        if (personNumbers.isEmpty()) {
            return;
        }
        Map<String, List<StoredRecord>> byPerson = records.ofPersons(personNumbers).stream()
                .collect(Collectors.groupingBy(StoredRecord::personNumber));
        persons.saveGoldenAll(personNumbers.stream().distinct()
                .map(p -> survivorship.golden(p, visible(byPerson.getOrDefault(p, List.of())))).toList(), clock.instant());
    }

    /** The golden records of persons whose records are all at hand (persons new in a batch), without reading. */
    List<PersonSummary> of(Map<String, List<StoredRecord>> recordsByPerson) {
        return recordsByPerson.entrySet().stream().map(e -> survivorship.golden(e.getKey(), visible(e.getValue()))).toList();
    }

    /** The golden record over every source, protected ones included: for the platform's modules, never for display. */
    PersonSummary complete(String personNumber) {
        return survivorship.golden(personNumber, records.ofPerson(personNumber));
    }

    List<StoredRecord> visible(List<StoredRecord> all) {
        return all.stream().filter(r -> !properties.isProtected(r.record().source())).toList();
    }
}
