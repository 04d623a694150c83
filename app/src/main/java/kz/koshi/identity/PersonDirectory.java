package kz.koshi.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.registry.LinkHistory;
import kz.koshi.identity.registry.SourceRecordRepository;
import kz.koshi.identity.registry.StoredRecord;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding persons and reading their profiles, for the officers whose work needs it. Every search and every
 * profile read is audited (never with the search terms, which are names).
 */
@Service
@PreAuthorize(PersonDirectory.READERS)
public class PersonDirectory {

    static final String READERS = "hasAnyRole('BORDER_OFFICER', 'MIGRATION_OFFICER', 'LABOUR_OFFICER', 'PROSECUTOR') "
            + "or hasAuthority('SCOPE_identity:read')";

    private final PersonSearch search;
    private final IdentityResolution resolution;
    private final kz.koshi.identity.registry.PersonRepository persons;
    private final GoldenRecords golden;
    private final SourceRecordRepository records;
    private final LinkHistory history;
    private final List<PersonTimelineContributor> contributors;
    private final AuditTrail audit;

    PersonDirectory(PersonSearch search, IdentityResolution resolution, kz.koshi.identity.registry.PersonRepository persons,
                    GoldenRecords golden, SourceRecordRepository records, LinkHistory history,
                    List<PersonTimelineContributor> contributors, AuditTrail audit) {
        this.search = search;
        this.resolution = resolution;
        this.persons = persons;
        this.golden = golden;
        this.records = records;
        this.history = history;
        this.contributors = contributors;
        this.audit = audit;
    }

    @Transactional
    public List<PersonHit> search(String query) {
        List<PersonHit> hits = search.find(query);
        audit.record(AuditEvent.success("PERSONS_SEARCHED", "person", null).because(AuditReason.of("persons-found", ReasonArg.number(hits.size()))));
        return hits;
    }

    @Transactional
    public PersonProfile profile(String personNumber) {
        PersonSummary person = resolution.currentNumber(personNumber).flatMap(persons::find)
                .filter(p -> p.recordCount() > 0)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.person.not-found"));
        List<StoredRecord> sources = golden.visible(records.ofPerson(person.personNumber()));
        java.util.Set<Long> visibleIds = sources.stream().map(StoredRecord::id).collect(java.util.stream.Collectors.toSet());
        List<TimelineEntry> timeline = new ArrayList<>();
        sources.forEach(r -> timeline.add(new TimelineEntry(r.receivedAt(), "identity", "identity.timeline.record",
                List.of(IdentitySection.SOURCE + r.record().source(), r.record().recordId()))));
        contributors.forEach(c -> timeline.addAll(c.timeline(person.personNumber())));
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        audit.record(AuditEvent.success("PERSON_VIEWED", "person", person.personNumber()));
        List<LinkHistory.Entry> provenance = history.ofPerson(person.personNumber()).stream()
                .filter(e -> visibleIds.contains(e.sourceRecordId())).toList();
        return new PersonProfile(person, sources, provenance, timeline);
    }
}
