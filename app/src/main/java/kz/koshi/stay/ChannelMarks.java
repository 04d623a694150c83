package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.border.BorderRecords;
import kz.koshi.stay.rules.StayStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Illegal-migration channels on foreigners' stay files (issue 16). The enforcement register marks each person moved
 * who already has a stay file (a crossing on record, not a citizen); the mark raises no violation and changes no status.
 * Only the migration police, the border service and prosecutors see the marks ({@link ChannelMarkViewers}).
 */
@Service
@Transactional
public class ChannelMarks {

    /** Who records channels: the migration police and the border service, officers or systems. */
    public static final String MARKERS = "hasRole('MIGRATION_OFFICER') or hasRole('BORDER_OFFICER') "
            + "or hasAuthority('SCOPE_enforcement:channels')";

    private final BorderRecords border;
    private final StayLedger ledger;
    private final ChannelMarkRepository marks;
    private final ChannelMarkViewers viewers;
    private final AuditTrail audit;
    private final Clock clock;

    ChannelMarks(BorderRecords border, StayLedger ledger, ChannelMarkRepository marks, ChannelMarkViewers viewers,
                 AuditTrail audit, Clock clock) {
        this.border = border;
        this.ledger = ledger;
        this.marks = marks;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Marks the channel on the person's stay file when the person has one (a foreigner with a crossing on record):
     * true when the file carries the mark (now or already), false when the person has no stay file.
     */
    @PreAuthorize(MARKERS)
    public boolean mark(String personNumber, long channelId, LocalDate stoppedOn) {
        if (border.crossingsOf(personNumber).isEmpty()
                || ledger.assess(personNumber, LocalDate.now(clock)).status() == StayStatus.CITIZEN) {
            return false;
        }
        if (marks.insert(personNumber, channelId, stoppedOn, clock.instant())) {
            audit.record(AuditEvent.success("STAY_CHANNEL_MARKED", "person", personNumber)
                    .because(AuditReason.of("stay-channel-marked", ReasonArg.id(channelId), ReasonArg.day(stoppedOn))));
        }
        return true;
    }

    /** The channels on the person's file, for those who may see them; empty for everyone else. */
    @Transactional(readOnly = true)
    public List<ChannelMark> of(String personNumber) {
        return viewers.shownToCaller() ? marks.ofPerson(personNumber) : List.of();
    }
}
