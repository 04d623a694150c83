package kz.koshi.protection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.koshi.protection.CaseStatistics;
import kz.koshi.protection.ProtectionStatistics;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Victim statistics for analysts, supervisors and those who hold reporting: cases opened in a year by
 * region, sex, age group, citizenship, exploitation and status, as counts with small cells suppressed.
 */
@Controller
@RequestMapping("/protection/statistics")
class StatisticsController {

    /** The first year the 2016 report's terms apply to; the year list runs from it to this year. */
    static final int FIRST_YEAR = 2016;
    /** The breakdowns in the order the page shows them. */
    static final List<String> DIMENSIONS = List.of("region", "sex", "ageGroup", "citizenship", "exploitation", "status");

    private final ProtectionStatistics statistics;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    StatisticsController(ProtectionStatistics statistics, ReferenceData reference, KazakhstanCalendar calendar) {
        this.calendar = calendar;
        this.statistics = statistics;
        this.reference = reference;
    }

    /** An absent year is this year; a year that is not a number or lies outside the list is a field error. */
    @GetMapping
    String statistics(@RequestParam(required = false) String year, Model model) {
        int thisYear = calendar.today().getYear();
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed().sorted((a, b) -> b - a).toList());
        Integer chosen = year == null || year.isBlank() ? Integer.valueOf(thisYear) : parse(year.strip(), thisYear);
        if (chosen == null) {
            model.addAttribute("yearError", year);
            return "protection/statistics";
        }
        CaseStatistics figures = statistics.of(chosen);
        Map<String, List<CaseStatistics.Cell>> byDimension = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> byDimension.put(d, figures.cells().stream().filter(c -> c.dimension().equals(d)).toList()));
        model.addAttribute("figures", figures);
        model.addAttribute("byDimension", byDimension);
        model.addAttribute("regions", reference.allRegions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name())));
        return "protection/statistics";
    }

    /** The year, or null where it is not one of the years the page offers. */
    private static Integer parse(String year, int thisYear) {
        if (!year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value < FIRST_YEAR || value > thisYear ? null : value;
    }
}
