package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.ReportFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Disclosure ties the tables of a publication together before the engine hides anything. */
class SuppressingDisclosureTest {

    private final SuppressingDisclosure disclosure = new SuppressingDisclosure();

    static FigureTable table(Figure figure, Dimension by, LocalDate from, LocalDate to, Object... keysAndCounts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.add(new Cell((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue()));
        }
        return new FigureTable(figure, by, ReportFilter.period(from, to), cells);
    }

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_END = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate FEB_END = LocalDate.of(2026, 2, 28);

    @Test
    void aSmallCellIsHiddenWithAComplementAndTheTotalStays() {
        List<PublishedTable> published = disclosure.publish(List.of(
                table(Figure.VICTIMS_IDENTIFIED, Dimension.REGION, JAN, JAN_END, "ALA", 40, "AST", 7, "SHY", 2)));
        assertThat(published.getFirst().suppressedKeys()).containsExactlyInAnyOrder("AST", "SHY");
        assertThat(published.getFirst().totalSuppressed()).isFalse();
    }

    @Test
    void aMonthsHiddenCellIsNotGivenAwayByTheYearAndTheOtherMonth() {
        Figure f = Figure.VICTIMS_IDENTIFIED;
        List<PublishedTable> published = disclosure.publish(List.of(
                table(f, Dimension.REGION, JAN, JAN_END, "ALA", 3, "AST", 22),
                table(f, Dimension.REGION, FEB, FEB_END, "ALA", 25, "AST", 10),
                table(f, Dimension.REGION, JAN, FEB_END, "ALA", 28, "AST", 32)));
        assertThat(published.get(0).suppressedKeys()).containsExactlyInAnyOrder("ALA", "AST");
        assertThat(published.get(1).suppressedKeys()).as("the other month closes the rectangle")
                .containsExactlyInAnyOrder("ALA", "AST");
        assertThat(published.get(2).suppressedKeys()).as("the year shows all: 3 lies in 0-25").isEmpty();
        assertThat(published).noneMatch(PublishedTable::totalSuppressed);
    }

    @Test
    void aSmallTotalIsHiddenInEveryTableThatShowsIt() {
        Figure f = Figure.CASES_OPENED;
        List<PublishedTable> published = disclosure.publish(List.of(
                table(f, Dimension.TOTAL, JAN, JAN_END, "TOTAL", 3),
                table(f, Dimension.SEX, JAN, JAN_END, "FEMALE", 3, "MALE", 0)));
        assertThat(published.get(0).suppressedKeys()).containsExactly("TOTAL");
        assertThat(published.get(1).totalSuppressed()).isTrue();
        assertThat(published.get(1).suppressedKeys()).contains("FEMALE");
    }

    @Test
    void theMonthTableOfTheYearIsTheMonthsTotals() {
        Figure f = Figure.CASES_OPENED;
        List<PublishedTable> published = disclosure.publish(List.of(
                table(f, Dimension.MONTH, JAN, FEB_END, "2026-01", 2, "2026-02", 30),
                table(f, Dimension.TOTAL, FEB, FEB_END, "TOTAL", 30)));
        assertThat(published.get(0).suppressedKeys()).containsExactlyInAnyOrder("2026-01", "2026-02");
        assertThat(published.get(1).suppressedKeys()).as("February is the same count").containsExactly("TOTAL");
    }

    @Test
    void aYearOfSeveralFiguresByEveryDimensionIsSuppressedInSeconds() {
        java.util.Random random = new java.util.Random(7);
        List<FigureTable> tables = new ArrayList<>();
        for (Figure figure : List.of(Figure.VICTIMS_IDENTIFIED, Figure.CASES_OPENED, Figure.ENTRY_BANS)) {
            List<String[]> people = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                for (int i = 0; i < 20 + random.nextInt(200); i++) {
                    people.add(new String[] {"%02d".formatted(month), "R" + (int) Math.min(16, random.nextGaussian() * 4 + 8),
                            "C" + (int) Math.abs(random.nextGaussian() * 8), random.nextBoolean() ? "FEMALE" : "MALE",
                            "A" + random.nextInt(5)});
                }
            }
            for (int month = 1; month <= 13; month++) {
                String m = month == 13 ? null : "%02d".formatted(month);
                LocalDate from = month == 13 ? LocalDate.of(2025, 1, 1) : LocalDate.of(2025, month, 1);
                LocalDate to = month == 13 ? LocalDate.of(2025, 12, 31) : from.plusMonths(1).minusDays(1);
                List<String[]> in = people.stream().filter(p -> m == null || p[0].equals(m)).toList();
                tables.add(count(figure, Dimension.TOTAL, from, to, in, -1));
                tables.add(count(figure, Dimension.REGION, from, to, in, 1));
                tables.add(count(figure, Dimension.CITIZENSHIP, from, to, in, 2));
                tables.add(count(figure, Dimension.SEX, from, to, in, 3));
                tables.add(count(figure, Dimension.AGE_GROUP, from, to, in, 4));
            }
        }
        long start = System.nanoTime();
        List<PublishedTable> published = disclosure.publish(tables);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long hidden = published.stream().mapToLong(p -> p.suppressedKeys().size()).sum();
        long cells = published.stream().mapToLong(p -> p.table().cells().size()).sum();
        System.out.printf("Suppressed %d of %d cells in %d ms%n", hidden, cells, millis);
        assertThat(millis).isLessThan(20_000);
    }

    private static FigureTable count(Figure figure, Dimension by, LocalDate from, LocalDate to, List<String[]> people,
            int column) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        people.forEach(p -> counts.merge(column < 0 ? "TOTAL" : p[column], 1L, Long::sum));
        return new FigureTable(figure, by, ReportFilter.period(from, to),
                counts.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue())).toList());
    }
}
