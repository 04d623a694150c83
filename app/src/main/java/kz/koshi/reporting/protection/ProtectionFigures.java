package kz.koshi.reporting.protection;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureSource;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.readmodel.Cells;
import kz.koshi.reporting.tally.FilterCheck;
import kz.koshi.reporting.tally.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Protection's figures over {@code rep_protection_fact}: victims identified and cases opened (by the day of
 * identification), victims served (in services on at least one day of the period), extensions approved, outcomes,
 * closures, and the centres' places in use on the period's last day. Every filter applies (region, citizenship, sex,
 * age group: all as recorded at identification).
 */
@Component
class ProtectionFigures implements FigureSource {

    private static final Set<String> FILTERS = Set.of("regionCode", "citizenship", "sex", "ageGroup");
    private static final Map<Figure, String> FLOWS = Map.of(Figure.VICTIMS_IDENTIFIED, "IDENTIFIED",
            Figure.CASES_OPENED, "IDENTIFIED", Figure.SERVICE_EXTENSIONS, "EXTENDED", Figure.CASE_OUTCOMES, "OUTCOME",
            Figure.CASES_CLOSED, "CLOSED");
    private static final String SERVED_FROM = """
            rep_protection_fact f left join rep_protection_fact c on c.fact = 'CLOSED' and c.case_id = f.case_id""";
    private static final String SERVICE_END = """
            coalesce((select max(e.ends_on) from rep_protection_fact e where e.fact = 'EXTENDED' and e.case_id = f.case_id), f.ends_on)""";

    private final JdbcClient jdbc;

    ProtectionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Figure> figures() {
        return EnumSet.of(Figure.VICTIMS_IDENTIFIED, Figure.CASES_OPENED, Figure.VICTIMS_SERVED, Figure.SERVICE_EXTENSIONS,
                Figure.CASE_OUTCOMES, Figure.CASES_CLOSED, Figure.CENTRE_OCCUPANCY);
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        return ProtectionColumns.carried(figure);
    }

    @Override
    public Set<String> filters(Figure figure) {
        return FILTERS;
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        FilterCheck.check(filter, FILTERS);
        Tally tally = switch (figure) {
            case VICTIMS_SERVED -> Tally.over(SERVED_FROM, "1").where("f.fact = 'ADMITTED'").where("f.on_day <= ?", filter.to())
                    .where("(c.on_day is null or c.on_day >= ?)", filter.from()).where(SERVICE_END + " >= ?", filter.from());
            case CENTRE_OCCUPANCY -> Tally.over(SERVED_FROM, "1").where("f.fact = 'ADMITTED'").where("f.on_day <= ?", filter.to())
                    .where("(c.on_day is null or c.on_day > ?)", filter.to());
            default -> Tally.over("rep_protection_fact f", "1").where("f.fact = ?", FLOWS.get(figure))
                    .where("f.on_day between ? and ?", filter.from(), filter.to());
        };
        tally.whereEqual("f.region_code", filter.regionCode()).whereEqual("f.citizenship", filter.citizenship())
                .whereEqual("f.sex", filter.sex() == null ? null : filter.sex().name())
                .whereEqual("f.age_group", filter.ageGroup() == null ? null : filter.ageGroup().name());
        List<Cell> cells = tally.by(ProtectionColumns.column(by), jdbc);
        return new FigureTable(figure, by, filter, Cells.ordered(by, cells, filter.from(), filter.to()));
    }
}
