package kz.koshi.stay;

import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily sweep on demand, for the migration police and the administrator: what it does, a button, and what the
 * run found (counts only, no person). After the run the page is fetched again, so a reload never runs it twice.
 */
@Controller
@RequestMapping("/stay/sweep")
@PreAuthorize("hasRole('MIGRATION_OFFICER') or hasRole('ADMIN')")
class SweepController {

    private final DailySweep sweep;

    SweepController(DailySweep sweep) {
        this.sweep = sweep;
    }

    @GetMapping
    String page() {
        return "stay/sweep";
    }

    @PostMapping
    String run(RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("sweep", sweep.runNow());
        } catch (DomainProblem running) {
            redirect.addFlashAttribute("refusal", running.getMessage());
        }
        return "redirect:/stay/sweep";
    }
}
