package kz.koshi.reporting.annual;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import kz.koshi.shared.DomainProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page where the commission's analysts, prosecutors and the labour ministry choose a period and a language and
 * download the report as PDF or XLSX; a refused choice shows the page again with the field at fault. The report's
 * language is the form's {@code language}, as {@code lang} switches the officer's own language on every page.
 */
@Controller
@RequestMapping("/reports/annual")
class AnnualReportPageController {

    private final AnnualReports reports;
    private final MessageSource messages;

    AnnualReportPageController(AnnualReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model, Locale locale) {
        ReportPeriod period = reports.defaultPeriod();
        return form(model, new ReportRequest(period.from(), period.to(), locale.getLanguage(), null), Map.of());
    }

    @GetMapping("/download")
    Object download(@Valid @ModelAttribute("request") ReportRequest asked, BindingResult binding,
                    @RequestParam(required = false) String language, Model model, Locale locale) {
        ReportRequest request = new ReportRequest(asked.from(), asked.to(), language, asked.format());
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        if (errors.isEmpty()) {
            try {
                ReportDownload report = reports.generate(request, locale);
                return ResponseEntity.ok().contentType(report.mediaType()).header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.fileName()).build().toString()).body(report.bytes());
            } catch (DomainProblem refused) {
                errors.put(refused.field() == null ? "from" : "lang".equals(refused.field()) ? "language" : refused.field(),
                        messages.getMessage(refused.getMessage(), refused.arguments(), locale));
            }
        }
        ReportPeriod period = reports.defaultPeriod();
        ReportRequest shown = new ReportRequest(request.from() == null ? period.from() : request.from(),
                request.to() == null ? period.to() : request.to(), request.lang(), null);
        return form(model, shown, errors);
    }

    private static String form(Model model, ReportRequest request, Map<String, String> errors) {
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", AnnualReports.LANGUAGES);
        model.addAttribute("maxYears", ReportPeriod.MAX_YEARS);
        return "reporting/annual";
    }
}
