package kz.koshi.recruitment.abroad;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of citizens abroad for agency systems: the foreign ministry's consular feed (scope
 * {@code abroad:consular}) and the counts of its own feed; the labour authority's counts, persons and workers not
 * heard from (scope {@code abroad:read}).
 */
@RestController
@RequestMapping("/api/v1/abroad")
@Tag(name = "Citizens abroad", description = "Consular registrations, counts by country, legal status and year")
class AbroadApiController {

    private final ConsularFeed feed;
    private final AbroadCounts counts;
    private final AbroadPersons persons;

    AbroadApiController(ConsularFeed feed, AbroadCounts counts, AbroadPersons persons) {
        this.feed = feed;
        this.counts = counts;
        this.persons = persons;
    }

    @PostMapping(path = "/consular-registrations", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Consular registrations (CSV: " + ConsularLine.HEADER + "); good lines are kept, every refused line is reported")
    ResponseEntity<?> consular(@RequestBody(required = false) String csv) {
        ConsularImport result = feed.receive(csv);
        if (result.accepted() > 0 || result.refused().isEmpty()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION, "Invalid request", "No line of the feed was taken.");
        problem.setProperty("refused", result.refused());
        return ResponseEntity.badRequest().body(problem);
    }

    @GetMapping("/counts")
    @Operation(summary = "Persons abroad today (or during a year) by country and legal status; the foreign ministry: its own feed")
    CountTable counts(@RequestParam(required = false) Integer year) {
        return counts.counts(year);
    }

    @GetMapping("/persons")
    @Operation(summary = "The persons behind a count (country '-' for not known), at most 200; read audited")
    List<PersonLine> persons(@RequestParam(required = false) Integer year, @RequestParam(required = false) String country,
                             @RequestParam(required = false) LegalStatus status) {
        return persons.lines(year, country, status);
    }

    @GetMapping("/not-heard-from")
    @Operation(summary = "Placed workers not heard from after their contract ended, by placing agency (counts)")
    Map<String, Long> notHeardFrom() {
        return persons.notHeardFrom();
    }
}
