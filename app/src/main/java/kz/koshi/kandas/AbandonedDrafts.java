package kz.koshi.kandas;

import java.time.Clock;
import java.time.ZoneOffset;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes drafts nobody has saved for {@code koshi.kandas.draft-retention} (30 days by default), with their members,
 * as the privacy notice promises. Scheduled on one node at a time; a plain delete by age, so harmless if run twice.
 */
@Component
public class AbandonedDrafts {

    private final JdbcClient jdbc;
    private final KandasProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    AbandonedDrafts(JdbcClient jdbc, KandasProperties properties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${koshi.kandas.abandoned-drafts-every:1h}", initialDelayString = "2m")
    @SchedulerLock(name = "kandas.abandoned-drafts", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    @Transactional
    public void deleteOnSchedule() {
        deleteAbandoned();
    }

    /** Returns how many drafts were deleted. */
    @Transactional
    public int deleteAbandoned() {
        var before = clock.instant().minus(properties.draftRetention()).atOffset(ZoneOffset.UTC);
        int deleted = jdbc.sql("delete from kandas_survey where status = 'DRAFT' and updated_at < ?").param(before).update();
        if (deleted > 0) {
            audit.recordAs(AuditEvent.success("KANDAS_DRAFTS_DELETED", "kandas_survey", null).because(AuditReason.of("drafts-deleted", ReasonArg.number(deleted))),
                    "system", null);
        }
        return deleted;
    }
}
