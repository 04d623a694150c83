package kz.koshi.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.protection.rules.SmallCells;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of cases opened in a year by sex, age group, citizenship group, region and exploitation (the
 * dimensions the 2016 report found missing). Small cells are suppressed; nothing but counts leaves.
 */
@Service
@Transactional(readOnly = true)
public class ProtectionStatistics {

    private final CaseRepository cases;
    private final ScreeningRepository screenings;
    private final KazakhstanCalendar calendar;

    ProtectionStatistics(CaseRepository cases, ScreeningRepository screenings, KazakhstanCalendar calendar) {
        this.cases = cases;
        this.screenings = screenings;
        this.calendar = calendar;
    }

    /** Analysts, case supervisors, and the officers and systems that hold reporting (labour ministry, prosecutors). */
    @PreAuthorize("hasAnyRole('ANALYST','CASE_SUPERVISOR','LABOUR_OFFICER','PROSECUTOR') or hasAuthority('SCOPE_reporting:read')")
    public CaseStatistics of(int year) {
        List<CaseRow> opened = cases.all().stream()
                .filter(c -> calendar.dayOf(c.openedAt()).getYear() == year).toList();
        List<CaseStatistics.Cell> cells = new ArrayList<>();
        cells.addAll(cells("sex", opened, CaseRow::sex));
        cells.addAll(cells("ageGroup", opened, c -> c.minor() ? "CHILD" : "ADULT"));
        cells.addAll(cells("citizenship", opened, c -> c.foreign() ? "FOREIGN" : "KAZ"));
        cells.addAll(cells("region", opened, CaseRow::regionCode));
        cells.addAll(cells("exploitation", opened,
                c -> screenings.find(c.screeningId()).map(s -> s.exploitationType().name()).orElse("OTHER")));
        cells.addAll(cells("status", opened, c -> c.status().name()));
        Long total = SmallCells.publishable(opened.size());
        return new CaseStatistics(year, total, cells);
    }

    private static List<CaseStatistics.Cell> cells(String dimension, List<CaseRow> rows, Function<CaseRow, String> key) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return SmallCells.publishable(counts).entrySet().stream()
                .map(e -> new CaseStatistics.Cell(dimension, e.getKey(), e.getValue(), e.getValue() == null)).toList();
    }
}
