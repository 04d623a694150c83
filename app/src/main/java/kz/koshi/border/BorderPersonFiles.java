package kz.koshi.border;

import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonDirectory;
import kz.koshi.identity.PersonHit;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a border or migration police officer reads before recording a ban or a guardian: the person found by
 * number or by the registry's search, their bans and watch-list entries, and their parents or guardians on
 * record. Every read is audited (the person number only).
 */
@Service
@Transactional(readOnly = true)
public class BorderPersonFiles {

    private final PersonDirectory directory;
    private final IdentityResolution identity;
    private final BorderRecords records;
    private final AuditTrail audit;

    BorderPersonFiles(PersonDirectory directory, IdentityResolution identity, BorderRecords records, AuditTrail audit) {
        this.directory = directory;
        this.identity = identity;
        this.records = records;
        this.audit = audit;
    }

    public record PersonFile(PersonSummary person, List<BanView> bans, List<GuardianView> guardians, boolean minorCitizen) {
    }

    /** The registry's search (names in any script, birth date, document number, IIN); audited by identity. */
    @Transactional
    @PreAuthorize(BorderPages.OFFICERS)
    public List<PersonHit> search(String query) {
        return query == null || query.isBlank() ? List.of() : directory.search(query);
    }

    @Transactional
    @PreAuthorize(BorderPages.OFFICERS)
    public PersonFile file(String personNumber) {
        PersonSummary person = identity.registered(personNumber)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.person.unknown"));
        String number = person.personNumber();
        audit.record(AuditEvent.success("BORDER_FILE_VIEWED", "person", number));
        return new PersonFile(person, records.bansOf(number), records.guardiansOf(number), records.minorCitizen(number));
    }

    @Transactional
    public List<BanView> bans(String personNumber) {
        audit.record(AuditEvent.success("BANS_READ", "person", personNumber));
        return records.bansOf(personNumber);
    }

    @Transactional
    public List<GuardianView> guardians(String personNumber) {
        audit.record(AuditEvent.success("GUARDIANS_READ", "person", personNumber));
        return records.guardiansOf(personNumber);
    }
}
