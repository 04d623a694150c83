package kz.koshi.hotline.web;

import kz.koshi.hotline.DutyAlerts;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Callers in danger on the police on duty's home page (polled by htmx), and their acknowledgement. */
@Controller
@RequestMapping("/hotline/urgent")
class UrgentCallsController {

    private final DutyAlerts alerts;

    UrgentCallsController(DutyAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    String waiting(Model model) {
        model.addAttribute("urgent", alerts.waiting());
        return "hotline/urgent :: urgent";
    }

    @PostMapping("/{routeId}/acknowledgement")
    String acknowledge(@PathVariable long routeId, RedirectAttributes redirect) {
        try {
            alerts.acknowledge(routeId);
            redirect.addFlashAttribute("notice", "hotline.urgent.acknowledged");
        } catch (DomainProblem gone) {
            // A colleague on duty acknowledged it first (or it is not this unit's): say so on the home page, not a 404 page.
            redirect.addFlashAttribute("alert", gone.getMessage());
        }
        return "redirect:/";
    }
}
