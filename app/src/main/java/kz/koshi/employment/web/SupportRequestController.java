package kz.koshi.employment.web;

import kz.koshi.employment.EmploymentSupport;
import kz.koshi.employment.SupportRequestStatus;
import kz.koshi.shared.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The career centre's list of employment support requests. Its path, its page and its data are the same for
 * every programme that refers people: a career centre officer learns that a person was referred, nothing else.
 */
@Controller
@RequestMapping("/employment")
class SupportRequestController {

    private final EmploymentSupport employment;

    SupportRequestController(EmploymentSupport employment) {
        this.employment = employment;
    }

    @GetMapping
    String requests(Model model) {
        model.addAttribute("requests", employment.inMyRegion());
        model.addAttribute("statuses", SupportRequestStatus.values());
        return "employment/requests";
    }

    /** One request: the person's name, region, languages, skills and the contacts they agreed to share; never why. */
    @GetMapping("/{id:\\d+}")
    String request(@PathVariable long id, Model model) {
        try {
            model.addAttribute("r", employment.request(id));
        } catch (DomainProblem notInRegion) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("statuses", SupportRequestStatus.values());
        return "employment/request";
    }

    /** Another region's request is answered on the page (the service has audited it); a missing role goes on to the 403. */
    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam SupportRequestStatus status, RedirectAttributes redirect) {
        try {
            employment.setStatus(id, status);
            redirect.addFlashAttribute("notice", "employment.request.updated");
        } catch (AuthorizationDeniedException missingRole) {
            throw missingRole;
        } catch (AccessDeniedException notTheirs) {
            redirect.addFlashAttribute("alert", "employment.request.not-yours");
        }
        return "redirect:/employment";
    }
}
