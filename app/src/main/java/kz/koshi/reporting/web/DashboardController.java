package kz.koshi.reporting.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.ReportFilter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The commission's dashboards: {@code /reports} opens the reader's first panel, {@code /reports/{panel}} shows every
 * figure of a panel as a chart under one filter, {@code /reports/glossary} defines every figure. A panel outside the
 * reader's mandate is a 403 before any input is read.
 */
@Controller
@RequestMapping("/reports")
class DashboardController {

    private final ReportReaders readers;
    private final ReportDesk desk;
    private final FilterReading reading;
    private final FigureViews views;
    private final FilterChoices choices;
    private final Glossary glossary;

    DashboardController(ReportReaders readers, ReportDesk desk, FilterReading reading, FigureViews views, FilterChoices choices,
                        Glossary glossary) {
        this.readers = readers;
        this.desk = desk;
        this.reading = reading;
        this.views = views;
        this.choices = choices;
        this.glossary = glossary;
    }

    @GetMapping
    String index(Authentication auth) {
        return "redirect:/reports/" + readers.panels(auth).stream().findFirst().orElseThrow(() -> new AccessDeniedException("reports"));
    }

    @GetMapping("/{name}")
    String panel(@PathVariable String name, @ModelAttribute("filter") FilterForm form, BindingResult errors, Authentication auth,
                 Locale locale, Model model) {
        Panel panel = Named.panel(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Tabs.require(readers, auth, panel);
        Tabs.offer(model, readers.panels(auth), panel);
        List<Figure> figures = Arrays.stream(Figure.values()).filter(f -> f.panel() == panel).toList();
        choices.offer(model, carriedByAny(figures));
        FilterReading.Read read = reading.read(form);
        read.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
        if (read.valid()) {
            model.addAttribute("figures", desk.panel(panel, read.filter()).stream()
                    .map(shown -> view(shown, read.filter(), locale)).toList());
            model.addAttribute("filter", form.showing(read.filter()));
        }
        return "reporting/panel";
    }

    @GetMapping("/glossary")
    String glossary(Authentication auth, Locale locale, Model model) {
        Set<Panel> panels = readers.panels(auth);
        if (panels.isEmpty()) {
            throw new AccessDeniedException("reports");
        }
        Tabs.offer(model, panels, null);
        model.addAttribute("entries", Arrays.stream(Figure.values()).map(f -> glossary.entry(f, locale)).toList());
        model.addAttribute("glossaryPanels", Panel.values());
        return "reporting/glossary";
    }

    private FigureView view(ShownFigure shown, ReportFilter filter, Locale locale) {
        if (!shown.counted()) {
            return views.of(shown, filter, Set.of(), Set.of(), locale);
        }
        return views.of(shown, filter, desk.dimensions(shown.figure()), desk.filters(shown.figure()), locale);
    }

    private Set<String> carriedByAny(List<Figure> figures) {
        Set<String> carried = new LinkedHashSet<>();
        figures.forEach(f -> carried.addAll(desk.filters(f)));
        return carried;
    }
}
