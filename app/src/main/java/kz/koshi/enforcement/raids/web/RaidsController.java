package kz.koshi.enforcement.raids.web;

import jakarta.validation.Valid;
import kz.koshi.enforcement.raids.Completion;
import kz.koshi.enforcement.raids.MorePersons;
import kz.koshi.enforcement.raids.RaidFilter;
import kz.koshi.enforcement.raids.RaidKind;
import kz.koshi.enforcement.raids.RaidRegister;
import kz.koshi.enforcement.raids.RaidState;
import kz.koshi.enforcement.raids.Raids;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.web.FormProblems;
import kz.koshi.stay.FoundViolation;
import kz.koshi.stay.InspectionFindings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The raids pages: the list with its filters, the form of a raid with its persons checked, a raid's page. */
@Controller
@RequestMapping("/enforcement/raids")
@PreAuthorize(InspectionFindings.FINDERS)
class RaidsController {

    private final Raids raids;
    private final RaidRegister register;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    RaidsController(Raids raids, RaidRegister register, ReferenceData reference, KazakhstanCalendar calendar) {
        this.raids = raids;
        this.register = register;
        this.reference = reference;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") RaidFilter filter, BindingResult errors, Model model) {
        model.addAttribute("query", filter == null ? RaidFilter.any() : filter);
        model.addAttribute("raids", errors.hasErrors() ? java.util.List.of() : register.list(filter));
        model.addAttribute("states", RaidState.values());
        return choices(model, "enforcement/raids");
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("raid", RaidForm.blank(today()));
        return choices(model, "enforcement/raid-form");
    }

    @PostMapping
    String record(@Valid @ModelAttribute("raid") RaidForm form, BindingResult errors, @RequestParam(required = false) String more,
                  Model model, RedirectAttributes redirect) {
        if (more != null) {
            form.getPersons().add(new RowForm(today()));
            return choices(model, "enforcement/raid-form");
        }
        var command = form.command(errors);
        long[] id = {0};
        if (!errors.hasErrors() && FormProblems.attempt(() -> id[0] = raids.record(command), errors)) {
            redirect.addFlashAttribute("notice", "enforcement.raid.recorded");
            return "redirect:/enforcement/raids/" + id[0];
        }
        return choices(model, "enforcement/raid-form");
    }

    @GetMapping("/{id}")
    String raid(@PathVariable long id, Model model) {
        if (!model.containsAttribute("rows")) {
            model.addAttribute("rows", RowsForm.blank(today()));
        }
        return page(id, model);
    }

    @PostMapping("/{id}/persons")
    String add(@PathVariable long id, @Valid @ModelAttribute("rows") RowsForm form, BindingResult errors,
               @RequestParam(required = false) String more, Model model, RedirectAttributes redirect) {
        if (more != null) {
            form.getPersons().add(new RowForm(today()));
            return page(id, model);
        }
        var rows = new MorePersons(RaidForm.rows(form.getPersons(), errors));
        if (!errors.hasErrors() && FormProblems.attempt(() -> raids.add(id, rows), errors)) {
            redirect.addFlashAttribute("notice", "enforcement.raid.persons-added");
            return "redirect:/enforcement/raids/" + id;
        }
        return page(id, model);
    }

    @PostMapping("/{id}/completion")
    String complete(@PathVariable long id, @RequestParam(required = false) String lastDay, RedirectAttributes redirect) {
        boolean typed = lastDay != null && !lastDay.isBlank();
        java.util.Optional<java.time.LocalDate> last = typed ? TypedDay.parse(lastDay) : java.util.Optional.empty();
        if (typed && last.isEmpty()) {
            redirect.addFlashAttribute("alert", "enforcement.raid.day-invalid");
            return "redirect:/enforcement/raids/" + id;
        }
        try {
            raids.complete(id, new Completion(last.orElse(null)));
            redirect.addFlashAttribute("notice", "enforcement.raid.completed-now");
        } catch (DomainProblem problem) {
            if (problem.type() == kz.koshi.shared.ProblemType.NOT_FOUND) {
                throw problem;
            }
            redirect.addFlashAttribute("alert", problem.getMessage());
        }
        return "redirect:/enforcement/raids/" + id;
    }

    private String page(long id, Model model) {
        model.addAttribute("file", register.read(id));
        model.addAttribute("today", calendar.today());
        return choices(model, "enforcement/raid");
    }

    private String choices(Model model, String view) {
        model.addAttribute("kinds", RaidKind.values());
        model.addAttribute("violations", FoundViolation.values());
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        model.addAttribute("regionNames", reference.allRegions().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> r.name(), (a, b) -> a)));
        return view;
    }

    private String today() {
        return calendar.today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
