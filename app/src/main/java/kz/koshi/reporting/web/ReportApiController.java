package kz.koshi.reporting.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.Problems;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every dashboard's aggregates as JSON (scope {@code reporting:read}, checked at the door; then the panel by the
 * caller's agency). Counts only; the protection panel's cells pass Disclosure as on the pages.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The commission's figures by panel and by figure, with the dashboards' filters (counts only)")
class ReportApiController {

    private final ReportReaders readers;
    private final ReportDesk desk;
    private final FilterReading reading;
    private final MessageSource messages;

    ReportApiController(ReportReaders readers, ReportDesk desk, FilterReading reading, MessageSource messages) {
        this.readers = readers;
        this.desk = desk;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/figures/{figure}")
    @Operation(summary = "One figure broken down by one dimension (by; default its first breakdown) under the filter. "
            + "A dimension or filter the figure does not carry is a 400; PROTECTION cells of 1-4 are suppressed (count null)")
    FigureAnswer figure(@Parameter(description = "A figure, e.g. ENTRIES, VICTIMS_SERVED, CRIMES") @PathVariable String figure,
                        @Parameter(description = "TOTAL, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE, KIND, ARTICLE or COUNTRY")
                        @RequestParam(required = false) String by,
                        @ParameterObject @ModelAttribute FilterForm filter, Authentication auth, Locale locale) {
        Figure chosen = Named.figure(figure).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "figure", "reporting.figure.unknown"));
        Tabs.require(readers, auth, chosen.panel());
        Dimension dimension = by == null || by.isBlank() ? null : Named.dimension(by)
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.unknown"));
        ReportFilter read = read(filter, locale);
        return FigureAnswer.of(desk.figure(chosen, dimension, read), read);
    }

    @GetMapping("/panels/{panel}")
    @Operation(summary = "Every figure of a panel (MIGRATION, PROTECTION, RECRUITMENT, KANDAS, ENFORCEMENT) by its first "
            + "breakdown under the filter; a figure not counted by a filter set says so (FILTER_NOT_CARRIED)")
    PanelAnswer panel(@Parameter(description = "MIGRATION, PROTECTION, RECRUITMENT, KANDAS or ENFORCEMENT") @PathVariable String panel,
                      @ParameterObject @ModelAttribute FilterForm filter, Authentication auth, Locale locale) {
        Panel chosen = Named.panel(panel).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "panel", "reporting.panel.unknown"));
        Tabs.require(readers, auth, chosen);
        ReportFilter read = read(filter, locale);
        return new PanelAnswer(chosen, FigureAnswer.Filter.of(read),
                desk.panel(chosen, read).stream().map(s -> FigureAnswer.of(s, read)).toList());
    }

    record PanelAnswer(Panel panel, FigureAnswer.Filter filter, List<FigureAnswer> figures) {
    }

    private ReportFilter read(FilterForm filter, Locale locale) {
        FilterReading.Read read = reading.read(filter);
        if (!read.valid()) {
            List<Problems.FieldError> errors = read.problems().stream()
                    .map(p -> new Problems.FieldError(p.field(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale))).toList();
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.invalid("The request has invalid fields.", errors), null);
        }
        return read.filter();
    }
}
