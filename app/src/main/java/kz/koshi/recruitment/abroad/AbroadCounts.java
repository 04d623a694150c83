package kz.koshi.recruitment.abroad;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of citizens abroad by country, legal status and year: the labour authority reads the whole register, the
 * foreign ministry the stays its own consular feed registered. Counts only: no person.
 */
@Service
public class AbroadCounts {

    private final RegisterQueries queries;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    AbroadCounts(RegisterQueries queries, ReferenceData reference, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who is abroad today ({@code year} null) or was abroad during a year. */
    @Transactional
    @PreAuthorize("hasAnyRole('LABOUR_OFFICER', 'CONSULAR_OFFICER') or hasAnyAuthority('SCOPE_abroad:read', 'SCOPE_abroad:consular')")
    public CountTable counts(Integer year) {
        Period period = Period.of(year, LocalDate.now(clock));
        CountTable table = CountTable.of(period, queries.counts(period, feedOfCaller()));
        audit.record(AuditEvent.success("ABROAD_COUNTS_READ", "abroad_register", null));
        return table;
    }

    /** Null (every feed) for the labour authority; the consulate's own code for the foreign ministry. */
    private String feedOfCaller() {
        Agency agency = reference.agency(String.valueOf(CurrentActor.agencyCode()))
                .orElseThrow(() -> new AccessDeniedException("no agency"));
        if (agency.type() == AgencyType.LABOUR_MINISTRY) {
            return null;
        }
        if (agency.type() == AgencyType.FOREIGN_AFFAIRS) {
            return agency.code();
        }
        throw new AccessDeniedException("the register of citizens abroad is not this agency's");
    }
}
