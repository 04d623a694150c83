package kz.koshi.stay.violations;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.web.FormProblems;
import kz.koshi.stay.StayViews;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The violation queue page: filters, sort and pages in the URL; the handling form of one violation; the exports of
 * the current filter.
 */
@Controller
class QueueController {

    private final ViolationDesk desk;
    private final QueueChoices choices;
    private final QueueLabels labels;
    private final MessageSource messages;
    private final KazakhstanCalendar calendar;
    private final StayViews views;

    QueueController(ViolationDesk desk, QueueChoices choices, QueueLabels labels, MessageSource messages,
                    KazakhstanCalendar calendar, StayViews views) {
        this.views = views;
        this.desk = desk;
        this.choices = choices;
        this.labels = labels;
        this.messages = messages;
        this.calendar = calendar;
    }

    @GetMapping("/stay")
    String queue(@RequestParam(required = false) String person, @Valid @ModelAttribute("filter") QueueFilter filter,
                 BindingResult errors, Model model) {
        if (person != null && !person.isBlank()) {
            return "redirect:/stay/persons/" + person.strip();
        }
        // A value that could not be read at all (a day that is no day) leaves no filter: the page keeps what was typed.
        if (filter != null) {
            choices.check(filter, errors);
        }
        model.addAttribute("query", filter == null ? QueueFilter.open() : filter);
        model.addAttribute("result", errors.hasErrors() ? null : desk.page(filter, ViolationDesk.PAGE_SIZE));
        model.addAttribute("counts", views.counts());
        choices.addTo(model);
        return "stay/queue";
    }

    @GetMapping("/stay/violations/{id}/handling")
    String handling(@PathVariable long id, Model model) {
        return form(model, desk.violation(id), new Handling("", Penalty.FINE, null, calendar.today()));
    }

    @PostMapping("/stay/violations/{id}/handling")
    String handle(@PathVariable long id, @Valid @ModelAttribute("handling") Handling handling, BindingResult errors,
                  @AuthenticationPrincipal OfficerPrincipal officer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> desk.handle(id, handling, officer.getUsername()), errors)) {
            redirect.addFlashAttribute("notice", "stay.violation.marked");
            return "redirect:/stay";
        }
        return form(model, desk.violation(id), handling);
    }

    @GetMapping("/stay/violations/export")
    @PreAuthorize(StayViews.READERS)
    String export(@Valid @ModelAttribute("filter") QueueFilter filter, BindingResult errors,
                  @RequestParam(name = "format", defaultValue = "CSV") String formatName, Locale locale,
                  HttpServletResponse response) throws IOException {
        ExportFormat format = ExportFormat.named(formatName);
        if (filter != null) {
            choices.check(filter, errors);
        }
        if (errors.hasErrors()) {
            return "redirect:/stay?" + (filter == null ? "" : filter.onPage(1).query());
        }
        String title = messages.getMessage("stay.queue.title", null, locale);
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"violations-" + calendar.today() + "."
                + format.extension() + "\"");
        format.write(response.getOutputStream(), title, labels.sheet(locale),
                sink -> desk.export(filter, format.name(), sink));
        return null;
    }

    /** The form; after a refused post the bound command and its errors stay as the officer sent them. */
    private String form(Model model, QueueRow violation, Handling handling) {
        model.addAttribute("violation", violation);
        if (!model.containsAttribute("handling")) {
            model.addAttribute("handling", handling);
        }
        choices.addTo(model);
        return "stay/handling";
    }
}
