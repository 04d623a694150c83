package kz.koshi.identity.relink;

import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Identity -> National re-link: the administrator's list of runs and the Reconcile button of a WRITTEN run. After
 * reconciling the page is fetched again, so a reload never reconciles twice.
 */
@Controller
@RequestMapping("/persons/relink")
@PreAuthorize("hasRole('ADMIN')")
class RelinkController {

    private final RelinkReconciliation reconciliation;

    RelinkController(RelinkReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("runs", reconciliation.runs());
        return "identity/relink";
    }

    @PostMapping("/{id}/reconcile")
    String reconcile(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("reconciled", reconciliation.reconcile(id));
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/persons/relink";
    }
}
