package kz.koshi.reporting.web;

import java.util.Locale;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One figure's page (its chart, the table behind it, the breakdowns to choose and the drill-down from each cell) and
 * its export as CSV or XLSX. A figure of a panel outside the reader's mandate is a 403 before any input is read.
 */
@Controller
@RequestMapping("/reports/figures/{name}")
class FigureController {

    private final ReportReaders readers;
    private final ReportDesk desk;
    private final FilterReading reading;
    private final FigureViews views;
    private final FilterChoices choices;
    private final TableExport export;

    FigureController(ReportReaders readers, ReportDesk desk, FilterReading reading, FigureViews views, FilterChoices choices,
                     TableExport export) {
        this.readers = readers;
        this.desk = desk;
        this.reading = reading;
        this.views = views;
        this.choices = choices;
        this.export = export;
    }

    @GetMapping
    String figure(@PathVariable String name, @RequestParam(required = false) String by, @ModelAttribute("filter") FilterForm form,
                  BindingResult errors, Authentication auth, Locale locale, Model model) {
        Figure figure = open(name, auth);
        Tabs.offer(model, readers.panels(auth), figure.panel());
        Set<Dimension> carried = desk.dimensions(figure);
        Set<String> filters = desk.filters(figure);
        choices.offer(model, filters);
        model.addAttribute("figure", figure);
        model.addAttribute("dimensions", Breakdowns.choices(carried));
        model.addAttribute("counted", !carried.isEmpty());
        Dimension chosen = by == null || by.isBlank() ? null : Named.dimension(by).filter(carried::contains).orElse(null);
        model.addAttribute("byError", by != null && !by.isBlank() && chosen == null);
        FilterReading.Read read = reading.read(form);
        read.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
        if (read.valid() && !carried.isEmpty() && !(boolean) model.getAttribute("byError")) {
            ShownFigure shown = desk.shown(figure, chosen, read.filter());
            model.addAttribute("view", views.of(shown, read.filter(), carried, filters, locale));
            model.addAttribute("filter", form.showing(read.filter()));
        }
        return "reporting/figure";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String name, @RequestParam(required = false) String by,
                                                 @RequestParam(required = false) String format, @ModelAttribute("filter") FilterForm form,
                                                 Authentication auth, Locale locale) {
        Figure figure = open(name, auth);
        TableFormat chosenFormat = TableFormat.named(format);
        Dimension chosen = by == null || by.isBlank() ? null : Named.dimension(by)
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried"));
        FilterReading.Read read = reading.read(form);
        if (!read.valid()) {
            throw new DomainProblem(ProblemType.VALIDATION, read.problems().getFirst().field(), read.problems().getFirst().messageKey());
        }
        ShownFigure shown = desk.exported(figure, chosen, read.filter(), chosenFormat);
        FigureView view = views.of(shown, read.filter(), Set.of(), Set.of(), locale);
        String file = figure.name().toLowerCase(Locale.ROOT) + "-" + shown.by().name().toLowerCase(Locale.ROOT) + "-"
                + read.filter().from() + "-" + read.filter().to() + "." + chosenFormat.extension();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, chosenFormat.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(export.bytes(chosenFormat, view, locale));
    }

    private Figure open(String name, Authentication auth) {
        Figure figure = Named.figure(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Tabs.require(readers, auth, figure.panel());
        return figure;
    }
}
