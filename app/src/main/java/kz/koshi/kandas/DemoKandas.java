package kz.koshi.kandas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import kz.koshi.shared.ActingOfficer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data for the recommendation: the labour ministry's demo vacancy feed ({@code kandas/demo-vacancies.csv}),
 * imported through the real service as the {@code labour} officer, and demo offers of four akimats. Only in the
 * embedded demo mode, only on an empty database. Then, unless {@code koshi.demo.kandas-arrivals=false} (the tests), families
 * who sent the survey and came from 1 January of last year ({@link DemoArrivals}), on their own thread after start-up.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(40)
class DemoKandas implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKandas.class);

    private final LabourDesk labour;
    private final ActingOfficer officers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoArrivals arrivals;
    private final boolean families;

    DemoKandas(LabourDesk labour, ActingOfficer officers, JdbcClient jdbc, Clock clock, DemoArrivals arrivals,
               @Value("${koshi.demo.kandas-arrivals:true}") boolean families) {
        this.arrivals = arrivals;
        this.families = families;
        this.labour = labour;
        this.officers = officers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("select count(*) from kandas_vacancy").query(Long.class).single() > 0) {
            return;
        }
        String feed = new ClassPathResource("kandas/demo-vacancies.csv").getContentAsString(StandardCharsets.UTF_8);
        officers.as("labour", () -> labour.importFeed(feed));
        offer("KZ-55", 12, "ADAPTATION_CENTRE,JOB_TRAINING,RELOCATION_GRANT");
        offer("KZ-59", 20, "ADAPTATION_CENTRE,HOUSING_SUBSIDY,LANGUAGE_COURSES,RELOCATION_GRANT");
        offer("KZ-63", 6, "JOB_TRAINING,RELOCATION_GRANT");
        offer("KZ-71", 2, "LANGUAGE_COURSES");
        if (families) {
            Thread.ofPlatform().name("demo-kandas-arrivals").daemon().start(this::arrivals);
        }
    }

    /** The families' surveys and arrivals ({@link DemoArrivals}), after start-up on their own thread, as the border's system. */
    private void arrivals() {
        long started = System.nanoTime();
        try {
            int persons = officers.as("border", () -> arrivals.make(LocalDate.now(clock)));
            log.info("Demo kandas arrivals: {} persons in {} ms", persons, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo kandas arrivals stopped: {}", e.getClass().getSimpleName());
        }
    }

    private void offer(String region, int places, String support) {
        jdbc.sql("insert into kandas_region_offer (region_code, housing_places, support, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                .params(region, places, support, "demo", OffsetDateTime.now(clock)).update();
    }
}
