package kz.koshi.kandas;

import java.time.Clock;
import java.time.ZoneOffset;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes drafts nobody has saved for {@code koshi.kandas.draft-retention} (30 days by default), with their members,
 * as the privacy notice promises. A plain delete by age: safe to run on every node at once.
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

    /** Returns how many drafts were deleted. */
    @Scheduled(fixedDelayString = "${koshi.kandas.abandoned-drafts-every:1h}", initialDelayString = "2m")
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
