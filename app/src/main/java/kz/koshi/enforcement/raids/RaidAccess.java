package kz.koshi.enforcement.raids;

import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Who sees which raid (decision, for confirmation): the migration police see every raid, their own and the labour
 * inspection's, because the violations found become theirs to handle in stay's queue; the labour inspection sees its
 * own. Only the agency that recorded a raid adds to it or completes it. Anyone else is told it does not exist, and the
 * refusal is audited on its own.
 */
@Component
class RaidAccess {

    private final RaidRepository raids;
    private final ReferenceData reference;
    private final AuditTrail audit;

    RaidAccess(RaidRepository raids, ReferenceData reference, AuditTrail audit) {
        this.raids = raids;
        this.reference = reference;
        this.audit = audit;
    }

    /** The caller's agency, or null when the caller sees every agency's raids (the migration police). */
    String listedAgency() {
        return police() ? null : CurrentActor.agencyCode();
    }

    RaidSummary readable(long id) {
        return raids.find(id).filter(r -> police() || r.agencyCode().equals(CurrentActor.agencyCode())).orElseThrow(() -> refused(id, "READ"));
    }

    /** The raid for an addition or completion, locked; only its own agency's. */
    RaidSummary writable(long id) {
        return raids.lock(id).filter(this::ownAgency).orElseThrow(() -> refused(id, "WRITE"));
    }

    boolean ownAgency(RaidSummary raid) {
        return raid.agencyCode().equals(CurrentActor.agencyCode());
    }

    private boolean police() {
        return Optional.ofNullable(CurrentActor.agencyCode()).flatMap(reference::agency)
                .map(a -> a.type() == AgencyType.MIGRATION_POLICE).orElse(false);
    }

    private DomainProblem refused(long id, String action) {
        audit.recordSeparately(new AuditEvent("RAID_" + action + "_DENIED", "enforcement_raid", String.valueOf(id), null, AuditOutcome.DENIED));
        return new DomainProblem(ProblemType.NOT_FOUND, "enforcement.raid.not-found");
    }
}
