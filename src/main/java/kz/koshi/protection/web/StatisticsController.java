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

    @GetMapping
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        int thisYear = calendar.today().getYear();
        int chosen = year == null || year < FIRST_YEAR || year > thisYear ? thisYear : year;
        CaseStatistics figures = statistics.of(chosen);
        Map<String, List<CaseStatistics.Cell>> byDimension = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> byDimension.put(d, figures.cells().stream().filter(c -> c.dimension().equals(d)).toList()));
        model.addAttribute("figures", figures);
        model.addAttribute("byDimension", byDimension);
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed().sorted((a, b) -> b - a).toList());
        model.addAttribute("regions", reference.allRegions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name())));
        return "protection/statistics";
    }
}
