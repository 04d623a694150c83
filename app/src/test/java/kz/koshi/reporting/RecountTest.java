package kz.koshi.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import kz.koshi.DatabaseTest;
import kz.koshi.border.BorderCounts;
import kz.koshi.border.Direction;
import kz.koshi.stay.StayCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: every migration figure the read model counts, recounted from the source modules' own records (border's and
 * stay's counts) for several dimensions and filters. Other tests share the database, so each figure is compared by how
 * much it grew while this test's activity ran: the read model's growth must equal the source's, cell by cell.
 */
@DatabaseTest
class RecountTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureQueries figures;
    @Autowired
    BorderCounts border;
    @Autowired
    StayCounts stay;

    /** One comparison: a figure by a dimension under a filter, and how the source counts one cell (null key: the total). */
    record Check(Figure figure, Dimension by, ReportFilter filter, BiFunction<String, ReportFilter, Long> source) {
    }

    @Test
    void everyMigrationFigureGrowsAsItsSourceDoes() throws Exception {
        new MigrationActivity(mvc, jdbc, 3).settle();
        List<Check> checks = checks();
        List<Map<String, Long>> before = checks.stream().map(this::both).toList();
        new MigrationActivity(mvc, jdbc, 4).generate(20);
        List<Map<String, Long>> after = checks.stream().map(this::both).toList();
        long grown = 0;
        for (int i = 0; i < checks.size(); i++) {
            Map<String, Long> b = before.get(i);
            for (Map.Entry<String, Long> cell : after.get(i).entrySet()) {
                if (cell.getKey().startsWith("ours:")) {
                    String key = cell.getKey().substring(5);
                    long ours = cell.getValue() - b.getOrDefault(cell.getKey(), 0L);
                    long theirs = after.get(i).getOrDefault("theirs:" + key, 0L) - b.getOrDefault("theirs:" + key, 0L);
                    assertThat(ours).as("%s by %s, %s, cell %s", checks.get(i).figure(), checks.get(i).by(), checks.get(i).filter(), key)
                            .isEqualTo(theirs);
                    grown += ours;
                }
            }
        }
        assertThat(grown).as("the activity moved the figures").isGreaterThan(50);
    }

    /** The read model's cells and the source's count of each (and of the total), keyed "ours:KEY" and "theirs:KEY". */
    private Map<String, Long> both(Check check) {
        FigureTable table = figures.count(check.figure(), check.by(), check.filter());
        Map<String, Long> counts = new HashMap<>();
        counts.put("ours:TOTAL", table.total());
        counts.put("theirs:TOTAL", check.source().apply(null, check.filter()));
        for (Cell cell : table.cells()) {
            if (check.by() != Dimension.TOTAL && !"UNKNOWN".equals(cell.key())) {
                counts.put("ours:" + cell.key(), cell.count());
                counts.put("theirs:" + cell.key(), check.source().apply(cell.key(), check.filter()));
            }
        }
        return counts;
    }

    private List<Check> checks() {
        ReportFilter year = ReportFilter.period(FROM, TODAY);
        List<Check> checks = new ArrayList<>();
        for (Direction d : Direction.values()) {
            Figure f = d == Direction.ENTRY ? Figure.ENTRIES : Figure.EXITS;
            checks.add(new Check(f, Dimension.REGION, year, (k, r) -> border.crossings(d, r.from(), r.to(), k, null, null)));
            checks.add(new Check(f, Dimension.CITIZENSHIP, year, (k, r) -> border.crossings(d, r.from(), r.to(), null, k, null)));
            checks.add(new Check(f, Dimension.PURPOSE, year, (k, r) -> border.crossings(d, r.from(), r.to(), null, null, k)));
            checks.add(new Check(f, Dimension.MONTH, year, (k, r) -> k == null ? border.crossings(d, r.from(), r.to(), null, null, null)
                    : border.crossings(d, YearMonth.parse(k).atDay(1), YearMonth.parse(k).atEndOfMonth(), null, null, null)));
            ReportFilter narrowed = new ReportFilter(FROM, TODAY, "KZ-61", "UZB", null, null);
            checks.add(new Check(f, Dimension.TOTAL, narrowed, (k, r) -> border.crossings(d, r.from(), r.to(), "KZ-61", "UZB", null)));
        }
        for (LocalDate day : List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 8, 31), TODAY)) {
            checks.add(new Check(Figure.FOREIGNERS_PRESENT, Dimension.CITIZENSHIP, ReportFilter.period(FROM, day),
                    (k, r) -> border.foreignersPresent(r.to(), k)));
        }
        checks.add(new Check(Figure.CARDS_ISSUED, Dimension.TOTAL, year, (k, r) -> border.cardsIssued(r.from(), r.to())));
        checks.add(new Check(Figure.MINORS_STOPPED, Dimension.TOTAL, year, (k, r) -> border.minorsStopped(r.from(), r.to())));
        checks.add(new Check(Figure.ENTRY_BANS, Dimension.KIND, year, (k, r) -> border.entryBans(r.from(), r.to(), k)));
        checks.add(new Check(Figure.REGISTRATIONS, Dimension.KIND, year, (k, r) -> stay.registrations(r.from(), r.to(), k)));
        checks.add(new Check(Figure.PERMITS, Dimension.KIND, year, (k, r) -> stay.permits(r.from(), r.to(), k)));
        checks.add(new Check(Figure.EXPULSIONS, Dimension.MONTH, year, (k, r) -> k == null ? stay.expulsions(r.from(), r.to())
                : stay.expulsions(YearMonth.parse(k).atDay(1), YearMonth.parse(k).atEndOfMonth())));
        checks.add(new Check(Figure.VIOLATIONS_FOUND, Dimension.KIND, year, (k, r) -> stay.violationsFound(r.from(), r.to(), k)));
        return checks;
    }
}
