package kz.koshi.reporting.enforcement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureSource;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.readmodel.Cells;
import kz.koshi.reporting.tally.FilterCheck;
import kz.koshi.reporting.tally.Tally;
import kz.koshi.shared.CriminalStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enforcement registers' figures over {@code rep_enforcement_fact}: crimes registered in the period (by article,
 * region, month, and the stage reached by the period's last day), channels stopped and the persons they moved (by
 * region, month, the route's first country), raids completed with the persons checked and violations found (by region,
 * month). Only the region filter applies.
 */
@Component
class EnforcementFigures implements FigureSource {

    private static final Set<String> FILTERS = Set.of("regionCode");
    private static final Map<Figure, String> FACTS = Map.of(Figure.CRIMES, "CRIME", Figure.CHANNELS, "CHANNEL",
            Figure.CHANNEL_PERSONS_MOVED, "CHANNEL", Figure.RAIDS, "RAID", Figure.RAID_PERSONS_CHECKED, "RAID",
            Figure.RAID_VIOLATIONS, "RAID");
    private static final Map<Figure, String> AMOUNTS = Map.of(Figure.CHANNEL_PERSONS_MOVED, "f.persons",
            Figure.RAID_PERSONS_CHECKED, "f.persons", Figure.RAID_VIOLATIONS, "f.found");
    private static final Map<Dimension, String> COLUMNS = Map.of(Dimension.TOTAL, "'TOTAL'", Dimension.MONTH,
            Cells.month("f.on_day"), Dimension.REGION, "f.region_code", Dimension.ARTICLE, "f.article", Dimension.KIND,
            "f.stage", Dimension.COUNTRY, "f.country");
    /** Of two stages recorded on one day the later in the proceedings counts. */
    private static final String STAGE_RANK = "case s.stage " + Arrays.stream(CriminalStage.values())
            .map(s -> "when '" + s.name() + "' then " + s.ordinal()).collect(Collectors.joining(" ")) + " end";

    private final JdbcClient jdbc;

    EnforcementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Figure> figures() {
        return EnumSet.copyOf(FACTS.keySet());
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        return switch (figure) {
            case CRIMES -> EnumSet.of(Dimension.TOTAL, Dimension.MONTH, Dimension.REGION, Dimension.ARTICLE, Dimension.KIND);
            case CHANNELS, CHANNEL_PERSONS_MOVED -> EnumSet.of(Dimension.TOTAL, Dimension.MONTH, Dimension.REGION, Dimension.COUNTRY);
            default -> EnumSet.of(Dimension.TOTAL, Dimension.MONTH, Dimension.REGION);
        };
    }

    @Override
    public Set<String> filters(Figure figure) {
        return FILTERS;
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        FilterCheck.check(filter, FILTERS);
        List<Cell> cells = Tally.over(facts(filter.to()), AMOUNTS.getOrDefault(figure, "1"))
                .where("f.fact = ?", FACTS.get(figure)).where("f.on_day between ? and ?", filter.from(), filter.to())
                .whereEqual("f.region_code", filter.regionCode()).by(COLUMNS.get(by), jdbc);
        return new FigureTable(figure, by, filter, Cells.ordered(by, cells, filter.from(), filter.to()));
    }

    /** The facts with each crime's stage on {@code on}: the latest recorded by then, else the stage it was registered at. */
    private static String facts(LocalDate on) {
        String day = "date '" + on + "'";
        return "(select f.*, coalesce((select s.stage from rep_enforcement_stage s where s.case_id = f.source_id and f.fact = 'CRIME'"
                + " and s.changed_on <= " + day + " order by s.changed_on desc, " + STAGE_RANK + " desc fetch first 1 rows only),"
                + " f.kind) as stage from rep_enforcement_fact f) f";
    }
}
