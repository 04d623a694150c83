package kz.koshi.enforcement.raids;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.stay.InspectionFindings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the raids register: the list (the caller's agency's raids; the migration police see all), and one raid with
 * its persons checked (names from the identity registry) and findings. Each list and each read of a raid's persons is
 * audited, never with a name.
 */
@Service
@Transactional
@PreAuthorize(InspectionFindings.FINDERS)
public class RaidRegister {

    static final int LIST_LIMIT = 500;

    private final RaidRepository raids;
    private final RaidAccess access;
    private final IdentityResolution identity;
    private final AuditTrail audit;

    RaidRegister(RaidRepository raids, RaidAccess access, IdentityResolution identity, AuditTrail audit) {
        this.raids = raids;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
    }

    public List<RaidSummary> list(RaidFilter filter) {
        List<RaidSummary> listed = raids.list(filter, access.listedAgency(), LIST_LIMIT);
        audit.record(AuditEvent.success("RAIDS_LISTED", "enforcement_raid", null).because(AuditReason.of("raids-listed", ReasonArg.number(listed.size()))));
        return listed;
    }

    public RaidFile read(long id) {
        RaidSummary raid = access.readable(id);
        Map<String, List<RaidFinding>> found = raids.findings(id).stream().collect(Collectors.groupingBy(RaidFinding::personNumber));
        List<CheckedPerson> persons = raids.checks(id).stream().map(c -> person(c[0], java.time.LocalDate.parse(c[1]),
                found.getOrDefault(c[0], List.of()))).toList();
        RaidRepository.Record record = raids.record(id).orElseThrow();
        audit.record(AuditEvent.success("RAID_PERSONS_VIEWED", "enforcement_raid", id).because(AuditReason.of("raid-persons-viewed",
                ReasonArg.number(persons.size()))));
        return new RaidFile(raid, record.recordedBy(), record.recordedAt(), record.completedAt(), persons,
                access.ownAgency(raid) && raid.state().takesFindings());
    }

    private CheckedPerson person(String number, java.time.LocalDate on, List<RaidFinding> findings) {
        PersonSummary who = identity.registered(number).orElse(null);
        String name = who == null ? "" : ((who.surname() == null ? "" : who.surname()) + " " + (who.givenName() == null ? "" : who.givenName())).strip();
        return new CheckedPerson(number, name, who == null ? null : who.citizenship(), on, findings);
    }
}
