package kz.koshi.protection.web;

import kz.koshi.protection.EmploymentRequestStatus;
import kz.koshi.protection.EmploymentSupport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The career centre's list of employment support requests. Its path, its page and its data say nothing
 * of protection: a career centre officer learns that a person asked for help finding work, nothing else.
 */
@Controller
@RequestMapping("/employment")
class EmploymentController {

    private final EmploymentSupport employment;

    EmploymentController(EmploymentSupport employment) {
        this.employment = employment;
    }

    @GetMapping
    String requests(Model model) {
        model.addAttribute("requests", employment.inMyRegion());
        model.addAttribute("statuses", EmploymentRequestStatus.values());
        return "employment/requests";
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam EmploymentRequestStatus status, RedirectAttributes redirect) {
        return WebActions.decide("redirect:/employment", redirect, "employment.request.updated", "employment.request.not-yours",
                () -> employment.setStatus(id, status));
    }
}
