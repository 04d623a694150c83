package kz.koshi.reporting.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.Sex;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static kz.koshi.reporting.Dimension.*;

/**
 * Figures the dashboards' tests count against, whatever the real sources count: every figure but RAIDS (not counted,
 * so the pages' "not counted yet" shows), each filter narrowing the counts so a drill-down changes them, HOTLINE_CALLS
 * without a citizenship (as the contract's example), and a protection figure with a cell of 3 (a small cell).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedFigures {

    static final List<String> REGIONS = List.of("KZ-75", "KZ-71", "KZ-79");
    static final List<String> COUNTRIES = List.of("UZB", "RUS", "KGZ");

    @Bean
    @Primary
    FigureQueries fixedFigureQueries() {
        return new FigureQueries() {
            @Override
            public Set<Dimension> dimensions(Figure figure) {
                counted(figure);
                return figure == Figure.HOTLINE_CALLS ? EnumSet.of(TOTAL, MONTH, REGION, KIND, SEX)
                        : EnumSet.of(TOTAL, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, KIND);
            }

            @Override
            public Set<String> filters(Figure figure) {
                counted(figure);
                return figure == Figure.HOTLINE_CALLS ? Set.of("regionCode", "sex") : Set.of("regionCode", "citizenship", "sex", "ageGroup");
            }

            @Override
            public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
                if (!dimensions(figure).contains(by)) {
                    throw new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried");
                }
                return new FigureTable(figure, by, filter, cells(figure, by, filter));
            }
        };
    }

    static void counted(Figure figure) {
        if (figure == Figure.RAIDS) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "figure", "reporting.figure.not-counted");
        }
    }

    /** A base count per figure, narrowed by each filter set; the period's months weigh it. */
    static List<Cell> cells(Figure figure, Dimension by, ReportFilter filter) {
        long base = 40L + figure.ordinal() * 10L;
        long months = Math.max(1, YearMonth.from(filter.to()).getMonthValue() - YearMonth.from(filter.from()).getMonthValue() + 1
                + 12L * (filter.to().getYear() - filter.from().getYear()));
        long scale = months * (filter.regionCode() != null ? 1 : 3) * (filter.citizenship() != null ? 1 : 2)
                * (filter.sex() != null ? 1 : 2) * (filter.ageGroup() != null ? 1 : 2);
        List<Cell> cells = new ArrayList<>();
        switch (by) {
            case TOTAL -> cells.add(new Cell("TOTAL", base * scale));
            case MONTH -> {
                for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
                    cells.add(new Cell(m.toString(), base * scale / months + m.getMonthValue()));
                }
            }
            case REGION -> REGIONS.forEach(r -> cells.add(new Cell(r, base * scale / 3 + REGIONS.indexOf(r))));
            case CITIZENSHIP -> COUNTRIES.forEach(c -> cells.add(new Cell(c, base * scale / 3 + COUNTRIES.indexOf(c) * 2)));
            case SEX -> List.of(Sex.values()).forEach(s -> cells.add(new Cell(s.name(), base * scale / 2 + s.ordinal())));
            case AGE_GROUP -> List.of(AgeGroup.values()).forEach(a -> cells.add(new Cell(a.name(),
                    a == AgeGroup.FROM_60 && figure == Figure.VICTIMS_SERVED ? 3 : base * scale / 5 + a.ordinal())));
            default -> cells.add(new Cell("OTHER", base));
        }
        return cells;
    }
}
