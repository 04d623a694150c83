package kz.koshi.reporting.annual;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

import static kz.koshi.reporting.Dimension.*;
import static kz.koshi.reporting.Figure.*;

/**
 * The commission's 2025 figures as the seeds give them (seed 000: 171 victims served, 94 men, 52 women, 25 children,
 * 93 foreigners; 164 crimes; 29 channels; 3 minors stopped) and a few more, counted by a fake {@link FigureQueries}
 * for the report's tests only; RAIDS is counted by no source. Also a {@link Disclosure} that hides cells of 1-4 and
 * remembers what it was given.
 */
final class TestFigures implements FigureQueries {

    final Map<Figure, Map<Dimension, Map<String, Long>>> counts = new EnumMap<>(Figure.class);

    TestFigures() {
        put(VICTIMS_SERVED, SEX, "MALE", 94 + 13, "FEMALE", 52 + 12);
        put(VICTIMS_SERVED, AGE_GROUP, "UNDER_18", 25, "FROM_18_TO_29", 70, "FROM_30_TO_44", 56, "FROM_45_TO_59", 18, "FROM_60", 2);
        put(VICTIMS_SERVED, CITIZENSHIP, "KAZ", 78, "UZB", 51, "KGZ", 38, "TJK", 4);
        put(VICTIMS_SERVED, REGION, "KZ-75", 60, "KZ-71", 55, "KZ-35", 56);
        put(CRIMES, ARTICLE, "128", 71, "135", 40, "308", 30, "309", 23);
        put(CRIMES, REGION, "KZ-75", 90, "KZ-71", 74);
        put(CHANNELS, REGION, "KZ-75", 17, "KZ-71", 12);
        put(MINORS_STOPPED, REGION, "KZ-71", 2, "KZ-75", 1);
        put(ENTRIES, MONTH, "2025-01", 4100, "2025-05", 7300, "2025-12", 5200);
        put(ENTRIES, CITIZENSHIP, "UZB", 9000, "RUS", 5000, "CHN", 2600);
        put(VIOLATIONS_FOUND, KIND, "OVERSTAY", 5200, "WORK_WITHOUT_PERMIT", 1900);
        put(VIOLATIONS_FOUND, MONTH, "2025-04", 3000, "2025-05", 4100);
        put(CITIZENS_ABROAD, COUNTRY, "RUS", 102000, "KOR", 15000, "GBR", 2000);
        put(HOTLINE_CALLS, MONTH, "2025-02", 210, "2025-03", 250);
        for (Figure figure : Figure.values()) {
            if (figure != RAIDS) {
                counts.computeIfAbsent(figure, f -> new EnumMap<>(Dimension.class));
            }
        }
    }

    private void put(Figure figure, Dimension by, Object... keysAndCounts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        counts.computeIfAbsent(figure, f -> new EnumMap<>(Dimension.class)).put(by, cells);
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        Map<Dimension, Map<String, Long>> by = counts.get(figure);
        if (by == null) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "figure", "reporting.figure.not-counted");
        }
        Set<Dimension> carried = EnumSet.of(TOTAL);
        carried.addAll(by.keySet());
        return carried;
    }

    @Override
    public Set<String> filters(Figure figure) {
        return Set.of();
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        Map<Dimension, Map<String, Long>> all = counts.get(figure);
        if (by == TOTAL) {
            long total = all.values().stream().findFirst().map(m -> m.values().stream().mapToLong(Long::longValue).sum()).orElse(0L);
            return new FigureTable(figure, TOTAL, filter, List.of(new Cell("TOTAL", total)));
        }
        List<Cell> cells = new ArrayList<>();
        all.get(by).forEach((k, v) -> cells.add(new Cell(k, v)));
        return new FigureTable(figure, by, filter, cells);
    }

    /** Cells of 1-4 hidden (primary suppression only: enough to see the report show what Disclosure hides). */
    static final class SmallCellsHidden implements Disclosure {

        final List<FigureTable> given = new ArrayList<>();

        @Override
        public List<PublishedTable> publish(List<FigureTable> tables) {
            given.addAll(tables);
            return tables.stream().map(t -> new PublishedTable(t, t.cells().stream().filter(c -> c.count() > 0 && c.count() < 5)
                    .map(Cell::key).collect(java.util.stream.Collectors.toSet()), false)).toList();
        }
    }
}
