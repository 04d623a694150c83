package kz.koshi.reporting.open.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.reporting.open.OpenData;
import kz.koshi.reporting.open.OpenDataFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data for anyone, no token: the list of files and each closed year as CSV or JSON. */
@RestController
@RequestMapping("/api/v1/public/open-data")
@Tag(name = "Open data", description = "Counts by month and year with small counts suppressed; no sign-in")
class OpenDataApiController {

    private final OpenData openData;

    OpenDataApiController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping
    @Operation(summary = "The files published: one CSV and one JSON per closed calendar year")
    Index index() {
        return new Index(openData.years().stream().map(y -> new Index.File(y, "/api/v1/public/open-data/" + y + ".csv",
                "/api/v1/public/open-data/" + y + ".json")).toList());
    }

    @GetMapping("/{year}.csv")
    @Operation(summary = "A year's counts as CSV: figure, dimension, period, key, value (x: suppressed)")
    ResponseEntity<String> csv(@PathVariable String year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(year, "csv"))
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(OpenDataFiles.csv(openData.edition(year)));
    }

    @GetMapping("/{year}.json")
    @Operation(summary = "A year's counts as JSON tables (x: suppressed)")
    ResponseEntity<OpenDataFiles.Json> json(@PathVariable String year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(year, "json"))
                .contentType(MediaType.APPLICATION_JSON).body(OpenDataFiles.json(openData.edition(year)));
    }

    private static String attachment(String year, String extension) {
        return ContentDisposition.attachment().filename("koshi-open-data-" + year + "." + extension).build().toString();
    }

    record Index(List<File> files) {

        record File(int year, String csv, String json) {
        }
    }
}
