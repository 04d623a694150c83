package kz.koshi.enforcement.raids;

import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.stay.FindingOutcome;
import kz.koshi.stay.FindingReceipt;
import kz.koshi.stay.InspectionFinding;
import kz.koshi.stay.InspectionFindings;
import org.springframework.stereotype.Component;

/**
 * Stores checked rows of a raid: each person checked once per raid, each violation found handed to stay (which keeps
 * it once and does not double one on record) and kept here once per person and kind with the violation it became.
 */
@Component
class RaidFindings {

    private final RaidRepository raids;
    private final InspectionFindings stay;
    private final AuditTrail audit;

    RaidFindings(RaidRepository raids, InspectionFindings stay, AuditTrail audit) {
        this.raids = raids;
        this.stay = stay;
        this.audit = audit;
    }

    AddedPersons store(RaidSummary raid, List<RaidChecks.Checked> rows) {
        AddedPersons added = AddedPersons.NONE;
        for (RaidChecks.Checked c : rows) {
            int checked = raids.insertCheck(raid.id(), c.personNumber(), c.row().checkedOn()) ? 1 : 0;
            added = added.plus(new AddedPersons(checked, 0, 0));
            if (c.row().violation() != null) {
                FindingReceipt receipt = stay.record(new InspectionFinding(c.personNumber(), c.row().violation(), c.row().checkedOn(),
                        raid.id(), raid.regionCode(), raid.agencyCode()));
                if (raids.insertFinding(raid.id(), c.personNumber(), c.row(), receipt.violationId(), receipt.outcome())) {
                    added = added.plus(new AddedPersons(0, receipt.outcome() == FindingOutcome.NEW_VIOLATION ? 1 : 0,
                            receipt.outcome() == FindingOutcome.SAME_AS_RECORDED ? 1 : 0));
                }
            }
        }
        audit.record(AuditEvent.success("RAID_PERSONS_ADDED", "enforcement_raid", raid.id()).because(AuditReason.of("raid-persons-added",
                ReasonArg.number(added.personsChecked()), ReasonArg.number(added.newViolations()), ReasonArg.number(added.sameAsRecorded()))));
        return added;
    }
}
