package kz.koshi.protection.web;

import java.net.URI;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Victim statistics moved to the commission's PROTECTION panel (issue 17), where small counts pass reporting's
 * Disclosure: the old page and the old API answer with a permanent redirect there (a year becomes its period).
 * Protection does not depend on reporting: these are only addresses.
 */
@Controller
class StatisticsController {

    /** The first year the old page offered; a year outside 2016 to this year leads to the panel's default period. */
    static final int FIRST_YEAR = 2016;

    private final KazakhstanCalendar calendar;

    StatisticsController(KazakhstanCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/protection/statistics")
    ResponseEntity<Void> page(@RequestParam(required = false) String year) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(moved("/reports/PROTECTION", year)).build();
    }

    /** The old API's year as the panel API's period (a permanent redirect, the method kept). */
    ResponseEntity<Void> api(String year) {
        return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(moved("/api/v1/reports/panels/PROTECTION", year))
                .build();
    }

    private URI moved(String path, String year) {
        String y = year == null ? "" : year.strip();
        boolean known = y.matches("\\d{4}") && Integer.parseInt(y) >= FIRST_YEAR && Integer.parseInt(y) <= calendar.today().getYear();
        return URI.create(known ? path + "?from=" + y + "-01-01&to=" + y + "-12-31" : path);
    }
}
