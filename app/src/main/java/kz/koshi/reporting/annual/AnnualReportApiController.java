package kz.koshi.reporting.annual;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/annual")
@Tag(name = "Reporting: annual report", description = "The commission's report for a period, as PDF or XLSX (scope reporting:read)")
class AnnualReportApiController {

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "The commission's report for a period (default: this year to date; at most 10 years, ending by today), "
            + "as format=pdf (default) or xlsx, in lang=ru, kk or en (default: Accept-Language); protection's tables pass disclosure control")
    ResponseEntity<byte[]> report(@Valid @ModelAttribute ReportRequest request, Locale locale) {
        ReportDownload report = reports.generate(request, locale);
        return ResponseEntity.ok().contentType(report.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.fileName()).build().toString())
                .body(report.bytes());
    }
}
