package kz.koshi.identity.split;

import jakarta.validation.constraints.Size;
import kz.koshi.shared.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of one queue's split proposals: a proposal's two groups side by side, the decisions. */
abstract class SplitPages {

    private final SplitDesk desk;
    private final String queuePath;

    SplitPages(SplitDesk desk, String queuePath) {
        this.desk = desk;
        this.queuePath = queuePath;
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("view", desk.view(id));
        model.addAttribute("reviewPath", queuePath);
        model.addAttribute("protectedQueue", desk.protectedPairs());
        return "identity/split";
    }

    @PostMapping("/{id}/{decision:accept|reject|defer}")
    String decide(@PathVariable long id, @PathVariable String decision,
                  @RequestParam(required = false) @Size(max = 400) String note, RedirectAttributes redirect) {
        try {
            desk.decide(id, SplitDecision.valueOf(decision.toUpperCase(java.util.Locale.ROOT)), note);
            redirect.addFlashAttribute("notice", "identity.split.done." + decision);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
            return "redirect:" + queuePath + "/splits/" + id;
        }
        return "redirect:" + queuePath;
    }
}
