package kz.koshi.reporting;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the protection, hotline and enforcement read models are built from recorded events only: emptied
 * ({@link Projection#clear()}) and fed again every event the publication registry recorded for their listeners, they
 * hold the same rows as before.
 */
@DatabaseTest
class FactsRebuildTest {

    private static final List<String> TABLES = List.of("rep_protection_fact", "rep_enforcement_fact", "rep_enforcement_stage",
            "rep_hotline_fact");
    private static final String OURS = "listener_id like 'kz.koshi.reporting.protection.ProtectionFacts.%'"
            + " or listener_id like 'kz.koshi.reporting.enforcement.EnforcementFacts.%'"
            + " or listener_id like 'kz.koshi.reporting.enforcement.HotlineFacts.%'";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventSerializer serializer;

    @Test
    void theReadModelsAreRebuiltFromTheRecordedEventsToTheSameRows() throws Exception {
        for (int i = 0; i < 100 && jdbc.sql("select count(*) from event_publication where completion_date is null and (" + OURS + ")")
                .query(Long.class).single() > 0; i++) {
            Thread.sleep(100);
        }
        Map<String, List<Map<String, Object>>> before = rows();
        assertThat(before.get("rep_protection_fact")).isNotEmpty();
        assertThat(before.get("rep_hotline_fact")).isNotEmpty();
        List<Object> projections = context.getBeansOfType(Projection.class).values().stream()
                .map(p -> AopProxyUtils.getSingletonTarget(p) == null ? p : AopProxyUtils.getSingletonTarget(p))
                .filter(p -> p.getClass().getName().startsWith("kz.koshi.reporting.protection")
                        || p.getClass().getName().startsWith("kz.koshi.reporting.enforcement")).map(Object.class::cast).toList();
        assertThat(projections).hasSize(3);
        projections.forEach(p -> ((Projection) p).clear());
        assertThat(rows().get("rep_protection_fact")).isEmpty();
        for (Map<String, Object> recorded : jdbc.sql("select listener_id, event_type, serialized_event from event_publication where "
                + OURS).query().listOfRows()) {
            Class<?> type = Class.forName((String) recorded.get("event_type"));
            Object event = serializer.deserialize(recorded.get("serialized_event"), type);
            for (Object projection : projections) {
                if (((String) recorded.get("listener_id")).startsWith(projection.getClass().getName() + ".")) {
                    Method on = projection.getClass().getDeclaredMethod("on", type);
                    on.setAccessible(true);
                    on.invoke(projection, event);
                }
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(TABLES.get(0), jdbc.sql("select * from rep_protection_fact order by fact, source_id").query().listOfRows(),
                TABLES.get(1), jdbc.sql("select * from rep_enforcement_fact order by fact, source_id").query().listOfRows(),
                TABLES.get(2), jdbc.sql("select * from rep_enforcement_stage order by case_id, stage, changed_on").query().listOfRows(),
                TABLES.get(3), jdbc.sql("select * from rep_hotline_fact order by fact, source_key").query().listOfRows());
    }
}
