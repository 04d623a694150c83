package kz.koshi.enforcement.cases.web;

import jakarta.validation.Valid;
import kz.koshi.enforcement.cases.CaseFilter;
import kz.koshi.enforcement.cases.CriminalCases;
import kz.koshi.enforcement.cases.StageChange;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CriminalArticles;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
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

/** The register's pages, for the migration police and the prosecutor: the list with filters, the form, a case. */
@Controller
@RequestMapping("/enforcement/cases")
@PreAuthorize("hasAnyRole('MIGRATION_OFFICER','PROSECUTOR')")
class CriminalCasesController {

    private final CriminalCases cases;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    CriminalCasesController(CriminalCases cases, ReferenceData reference, KazakhstanCalendar calendar) {
        this.cases = cases;
        this.reference = reference;
        this.calendar = calendar;
    }

    @GetMapping
    String register(@RequestParam(required = false) String article, @RequestParam(required = false) String stage,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String year, Model model) {
        CaseFilter filter = CaseFilter.of(article, stage, region, year);
        model.addAttribute("filter", filter);
        model.addAttribute("cases", cases.list(filter));
        model.addAttribute("years", cases.years());
        return choices(model, "enforcement/cases");
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) String protectionCase, Model model) {
        model.addAttribute("form", CaseForm.empty(protectionCase != null && protectionCase.length() <= 32 ? protectionCase : null));
        return choices(model, "enforcement/case-form");
    }

    @PostMapping
    String registerCase(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = cases.register(form.toCase());
                redirect.addFlashAttribute("notice", "enforcement.case.registered");
                return "redirect:/enforcement/cases/" + id;
            } catch (DomainProblem problem) {
                reject(errors, problem);
            }
        }
        return choices(model, "enforcement/case-form");
    }

    @GetMapping("/{id}")
    String caseFile(@PathVariable long id, Model model) {
        model.addAttribute("c", cases.read(id));
        model.addAttribute("today", calendar.today());
        return "enforcement/case";
    }

    @PostMapping("/{id}/stage")
    String changeStage(@PathVariable long id, @Valid StageChange change, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("alert", errors.getFieldErrors().stream().anyMatch(e -> e.getField().equals("on"))
                    ? "enforcement.case.stage-day-invalid" : "enforcement.case.stage-not-next");
            return "redirect:/enforcement/cases/" + id;
        }
        try {
            cases.changeStage(id, change);
            redirect.addFlashAttribute("notice", "enforcement.case.stage-changed");
        } catch (DomainProblem problem) {
            if (problem.type() == ProblemType.NOT_FOUND) {
                throw problem;
            }
            redirect.addFlashAttribute("alert", problem.getMessage());
        }
        return "redirect:/enforcement/cases/" + id;
    }

    /** A refusal against the form's field ({@code suspectPersons[2]} is the field {@code suspectPersons}). */
    private static void reject(BindingResult errors, DomainProblem problem) {
        String field = problem.field() == null ? null : problem.field().replaceAll("\\[\\d+]$", "");
        if (field != null && errors.getFieldType(field) != null) {
            errors.rejectValue(field, problem.getMessage());
        } else {
            errors.reject(problem.getMessage());
        }
    }

    private String choices(Model model, String view) {
        model.addAttribute("articles", CriminalArticles.TRAFFICKING.stream().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList());
        model.addAttribute("stages", CriminalStage.values());
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        return view;
    }
}
