package kz.koshi.reporting.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.koshi.DatabaseTest;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 at scale: the figures are counted from daily counts (V228), and a fact delivered again adds nothing to them,
 * whether alone or with new facts in the same delivery.
 */
@DatabaseTest
class FactsCountedOnceTest {

    private static final LocalDate FIRST = LocalDate.of(1901, 3, 4);
    private final String region = "KZ-T" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    Facts facts;
    @Autowired
    FigureQueries figures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFactDeliveredAgainIsCountedOnceByDay() {
        Fact a = entry("a", FIRST, "UZB");
        Fact b = entry("b", FIRST, "UZB");
        Fact c = entry("c", FIRST.plusDays(1), null);
        facts.record(List.of(a, b, c));
        facts.record(List.of(a, b, c));
        assertThat(byCitizenship()).containsExactly("UZB=2", "UNKNOWN=1");

        facts.record(List.of(c, entry("d", FIRST.plusDays(1), null), a, entry("e", FIRST.plusDays(40), "UZB")));
        assertThat(byCitizenship()).containsExactly("UZB=3", "UNKNOWN=2");
        assertThat(figures.count(Figure.ENTRIES, Dimension.MONTH, filter()).cells()).extracting(cell -> cell.key() + "=" + cell.count())
                .containsExactly("1901-03=4", "1901-04=1", "1901-05=0");
        assertThat(jdbc.sql("select sum(n) from reporting_flow_daily where region_code = ?").param(region).query(Long.class).single())
                .isEqualTo(5L);
    }

    @AfterEach
    void leaveTheReadModelAsFound() {
        jdbc.sql("delete from reporting_flow where region_code = ?").param(region).update();
        jdbc.sql("delete from reporting_flow_daily where region_code = ?").param(region).update();
    }

    private List<String> byCitizenship() {
        return figures.count(Figure.ENTRIES, Dimension.CITIZENSHIP, filter()).cells().stream()
                .map(cell -> cell.key() + "=" + cell.count()).toList();
    }

    private ReportFilter filter() {
        return new ReportFilter(FIRST.withDayOfMonth(1), FIRST.plusMonths(2), region, null, null, null);
    }

    private Fact entry(String id, LocalDate day, String citizenship) {
        return Fact.of(Figure.ENTRIES, region + "-" + id, day).withRegion(region).withCitizenship(citizenship)
                .withPerson(Sex.FEMALE, AgeGroup.values()[0]).withPurpose("WORK");
    }
}
