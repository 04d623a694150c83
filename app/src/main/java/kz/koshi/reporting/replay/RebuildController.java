package kz.koshi.reporting.replay;

import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the statistics' read model: what a rebuild does, the latest one, and the button. After a
 * rebuild the page is fetched again, so a reload never rebuilds twice.
 */
@Controller
@RequestMapping("/admin/reporting")
@PreAuthorize("hasRole('ADMIN')")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("latest", rebuild.latest().orElse(null));
        return "reporting/rebuild";
    }

    @PostMapping
    String run(RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("rebuilt", rebuild.rebuild(CurrentActor.name()));
        } catch (DomainProblem running) {
            redirect.addFlashAttribute("refusal", running.getMessage());
        }
        return "redirect:/admin/reporting";
    }
}
