package kz.koshi.recruitment.abroad;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import kz.koshi.DatabaseTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo register reproduces seed 004 (2025): 126,000 citizens abroad, 102,000 of them in Russia, 15,000 in South
 * Korea of whom 11,000 illegally, 2,000 in the UK and the EU. Read from the records the demo fed through the consular
 * feed, the border and placements (persons abroad today), within a percentage point.
 */
@DatabaseTest
class DemoAbroadProportionsTest {

    private static final List<String> UK_AND_EU = List.of("GBR", "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN",
            "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");

    @Autowired
    JdbcClient jdbc;

    private long abroadToday(String condition) {
        return jdbc.sql("select count(distinct person_number) from recruitment_abroad_stay where started_on <= ? "
                + "and ended_on is null and " + condition).param(java.time.LocalDate.now()).query(Long.class).single();
    }

    @Test
    void theDemoRegisterHasSeed004sProportions() {
        // Placements reach the register after their transaction, off the caller's thread: wait for all 82 of them.
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.sql(
                "select count(*) from recruitment_abroad_source where source = 'PLACEMENT'").query(Long.class).single() >= 82);
        double total = abroadToday("1 = 1");
        assertThat(total).as("about 126,000 at 1 : 200").isBetween(620.0, 660.0);
        double korea = abroadToday("country_code = 'KOR'");
        Map<String, Double> shares = Map.of(
                "Russia", abroadToday("country_code = 'RUS'") / total,
                "South Korea", korea / total,
                "UK and EU", abroadToday("country_code in ('" + String.join("','", UK_AND_EU) + "')") / total);
        // Within two points: the test database is shared, and other tests' placements and consular records (a dozen or
        // so, depending on the order the classes run in) join the demo's 640 stays.
        assertThat(shares.get("Russia")).isCloseTo(102.0 / 126, within(0.02));
        assertThat(shares.get("South Korea")).isCloseTo(15.0 / 126, within(0.01));
        assertThat(shares.get("UK and EU")).isCloseTo(2.0 / 126, within(0.01));
        assertThat(abroadToday("country_code = 'KOR' and legal_status = 'WITHOUT_PERMIT'") / korea)
                .as("11,000 of the 15,000 in Korea work illegally").isCloseTo(11.0 / 15, within(0.03));
        assertThat(jdbc.sql("select count(*) from recruitment_abroad_source where source = 'BORDER_EXIT'").query(Long.class).single())
                .as("fed through the border too").isGreaterThanOrEqualTo(200L);
    }
}
