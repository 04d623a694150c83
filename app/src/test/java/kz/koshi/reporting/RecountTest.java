package kz.koshi.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import kz.koshi.DatabaseTest;
import kz.koshi.border.BorderCounts;
import kz.koshi.border.Direction;
import kz.koshi.kandas.KandasApplications;
import kz.koshi.kandas.KandasSurveys;
import kz.koshi.recruitment.abroad.AbroadCounts;
import kz.koshi.recruitment.abroad.CountTable;
import kz.koshi.recruitment.placement.Placement;
import kz.koshi.recruitment.placement.PlacementFilter;
import kz.koshi.recruitment.placement.Placements;
import kz.koshi.stay.StayCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: every migration, work-abroad and kandas figure the read model counts, recounted from the source modules' own
 * records (border's and stay's counts, recruitment's placements and register of citizens abroad, kandas' arrivals) for
 * several dimensions and filters. Other tests share the database, so each figure is compared by how
 * much it grew while this test's activity ran: the read model's growth must equal the source's, cell by cell.
 */
@DatabaseTest
class RecountTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");

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
    @Autowired
    Placements placements;
    @Autowired
    AbroadCounts abroad;
    @Autowired
    KandasApplications kandas;
    @Autowired
    KandasSurveys surveys;
    @Autowired
    UserDetailsService users;

    /** One comparison: a figure by a dimension under a filter, and how the source counts one cell (null key: the total). */
    record Check(Figure figure, Dimension by, ReportFilter filter, BiFunction<String, ReportFilter, Long> source) {
    }

    @Test
    void everyMigrationFigureGrowsAsItsSourceDoes() throws Exception {
        new MigrationActivity(mvc, jdbc, 3).settle();
        List<Check> checks = checks();
        List<Map<String, Long>> before = checks.stream().map(this::both).toList();
        new MigrationActivity(mvc, jdbc, 4).generate(20);
        assertThat(grown(checks, before)).as("the activity moved the figures").isGreaterThan(50);
    }

    /**
     * The work-abroad and kandas figures, recounted from recruitment's and kandas' own services: the labour authority's
     * list of placements (by the day reported, by destination), its count of citizens abroad today (by country), and the
     * migration police's list of kandas arrivals (by the day arrived, by the region the family is expected in).
     */
    @Test
    void placementsCitizensAbroadAndKandasArrivalsGrowAsTheirSourcesDo() throws Exception {
        MigrationActivity settled = new MigrationActivity(mvc, jdbc, 5);
        settled.settle();
        List<Check> checks = workChecks();
        List<Map<String, Long>> before = checks.stream().map(this::both).toList();
        new WorkActivity(mvc, users, surveys, 6).generate(3, 12, TODAY);
        settled.settle();
        assertThat(grown(checks, before)).as("the activity moved the figures").isGreaterThanOrEqualTo(60);
    }

    /** Compares, cell by cell, how much the read model and the source grew since {@code before}; returns the growth. */
    private long grown(List<Check> checks, List<Map<String, Long>> before) {
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
        return grown;
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

    private List<Check> workChecks() {
        ReportFilter year = ReportFilter.period(FROM, TODAY);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(Figure.PLACEMENTS, Dimension.COUNTRY, year, (k, r) -> placementsReported(r, k, null)));
        checks.add(new Check(Figure.PLACEMENTS, Dimension.MONTH, year, (k, r) -> placementsReported(r, null, k)));
        checks.add(new Check(Figure.CITIZENS_ABROAD, Dimension.COUNTRY, year, (k, r) -> citizensAbroadToday(k)));
        checks.add(new Check(Figure.KANDAS_ARRIVED, Dimension.REGION, year, (k, r) -> kandasArrived(r, k, null)));
        checks.add(new Check(Figure.KANDAS_ARRIVED, Dimension.MONTH, year, (k, r) -> kandasArrived(r, null, k)));
        return checks;
    }

    /** Placements the labour authority sees, reported on a day of the period (of a month), to a country (null: any). */
    private long placementsReported(ReportFilter r, String country, String month) {
        PlacementFilter filter = new PlacementFilter();
        filter.setCountry(country);
        List<Placement> all = as("labour", () -> placements.all(filter));
        assertThat(all).as("the labour authority's list holds every placement").hasSizeLessThan(500);
        return all.stream().map(p -> LocalDate.ofInstant(p.reportedAt(), ASTANA))
                .filter(day -> within(day, r, month)).count();
    }

    /** Citizens abroad today by the register's own count (a country, or null: all). */
    private long citizensAbroadToday(String country) {
        CountTable table = as("labour", () -> abroad.counts(null));
        return country == null ? table.total() : table.lines().stream().filter(l -> country.equals(l.countryCode()))
                .mapToLong(CountTable.Line::total).sum();
    }

    /** Kandas arrivals the migration police see, arrived on a day of the period (of a month), expected in a region (null: any). */
    private long kandasArrived(ReportFilter r, String region, String month) {
        return as("police", () -> kandas.arrivals()).stream()
                .filter(a -> region == null || region.equals(a.expectedRegion()))
                .filter(a -> within(a.arrivedOn(), r, month)).count();
    }

    private static boolean within(LocalDate day, ReportFilter r, String month) {
        return !day.isBefore(r.from()) && !day.isAfter(r.to()) && (month == null || YearMonth.from(day).toString().equals(month));
    }

    private <T> T as(String username, Supplier<T> read) {
        UserDetails officer = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            return read.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
