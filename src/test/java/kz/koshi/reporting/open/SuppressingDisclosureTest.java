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
}
