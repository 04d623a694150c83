package kz.koshi.protection.web;

import java.util.Set;

import jakarta.validation.Valid;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.ExploitationType;
import kz.koshi.protection.IdentificationPathway;
import kz.koshi.protection.Indicator;
import kz.koshi.protection.NewScreening;
import kz.koshi.protection.ScreeningRequest;
import kz.koshi.protection.ScreeningRequests;
import kz.koshi.protection.ScreeningResult;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening form of any first-contact agency; a presumed victim's case opens on submission. */
@Controller
@RequestMapping("/protection/screenings")
class ScreeningController {

    private final CaseManagement cases;
    private final ScreeningRequests requests;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    ScreeningController(CaseManagement cases, ScreeningRequests requests, ReferenceData reference, KazakhstanCalendar calendar) {
        this.calendar = calendar;
        this.cases = cases;
        this.requests = requests;
        this.reference = reference;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR','MIGRATION_OFFICER','BORDER_OFFICER')")
    String form(@RequestParam(required = false) Long request, Model model) {
        if (request != null) {
            // Opened from a hotline's screening request: the facts as told and the call's region start the screening.
            ScreeningRequest asked = requests.open(request);
            model.addAttribute("screening", new NewScreening(IdentificationPathway.HOTLINE, null, false, Set.of(), true,
                    asked.facts(), "", "", "", null, "", "", "", asked.regionCode(), null));
            model.addAttribute("request", request);
        } else {
            model.addAttribute("screening", new NewScreening(null, null, false, Set.of(), true, "", "", "", "", null, "", "",
                    "", "", null));
        }
        return formData(model);
    }

    @PostMapping
    String screen(@Valid @ModelAttribute("screening") NewScreening screening, BindingResult errors,
                  @RequestParam(required = false) Long request, Model model, RedirectAttributes redirect) {
        model.addAttribute("request", request);
        if (errors.hasErrors()) {
            return formData(model);
        }
        try {
            ScreeningResult result = request == null ? cases.screen(screening) : requests.screen(request, screening);
            if (result.handedTo() != null) {
                // A border or police officer's presumed victim: the case is the crisis centre's now, not theirs to read.
                redirect.addFlashAttribute("notice", "protection.screening.handed-over");
                return "redirect:/";
            }
            if (result.caseId() == null) {
                redirect.addFlashAttribute("notice", "protection.screening.recorded");
                return "redirect:/protection";
            }
            redirect.addFlashAttribute("notice", "protection.case.opened.notice");
            return "redirect:/protection/cases/" + result.caseId();
        } catch (DomainProblem problem) {
            if (problem.type() == ProblemType.NOT_FOUND) {
                throw problem;
            }
            if (problem.field() == null) {
                errors.reject(problem.getMessage());
            } else {
                errors.rejectValue(problem.field(), problem.getMessage());
            }
            return formData(model);
        }
    }

    private String formData(Model model) {
        model.addAttribute("pathways", IdentificationPathway.values());
        model.addAttribute("exploitationTypes", ExploitationType.values());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        model.addAttribute("countries", reference.countries());
        return "protection/screening-form";
    }
}
