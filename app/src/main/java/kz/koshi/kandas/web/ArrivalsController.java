package kz.koshi.kandas.web;

import jakarta.validation.Valid;
import kz.koshi.kandas.ApplicationStatus;
import kz.koshi.kandas.KandasApplications;
import kz.koshi.kandas.StatusForm;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The migration police's page: the kandas who arrived and their application's status, changed one person at a time. */
@Controller
@RequestMapping("/kandas/arrivals")
class ArrivalsController {

    private final KandasApplications applications;

    ArrivalsController(KandasApplications applications) {
        this.applications = applications;
    }

    @GetMapping
    String arrivals(Model model) {
        model.addAttribute("arrivals", applications.arrivals());
        model.addAttribute("statuses", ApplicationStatus.values());
        return "kandas/arrivals";
    }

    @PostMapping("/{person}/status")
    String record(@PathVariable String person, @Valid @ModelAttribute("change") StatusForm change, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("alert", errors.hasFieldErrors("on") ? "kandas.status.day-required" : "kandas.status.choose");
            redirect.addFlashAttribute("failed", person);
            return "redirect:/kandas/arrivals";
        }
        try {
            applications.record(person, change.status(), change.on());
            redirect.addFlashAttribute("notice", "kandas.status.recorded");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("alert", refused.getMessage());
            redirect.addFlashAttribute("failed", person);
        }
        return "redirect:/kandas/arrivals";
    }
}
