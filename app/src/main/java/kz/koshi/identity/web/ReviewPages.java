package kz.koshi.identity.web;

import jakarta.validation.constraints.Size;
import kz.koshi.identity.ReviewDesk;
import kz.koshi.identity.split.SplitDesk;
import kz.koshi.shared.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of one review queue: the list, a pair side by side, the decisions. */
abstract class ReviewPages {

    private final ReviewDesk desk;
    private final SplitDesk splits;
    private final String path;

    ReviewPages(ReviewDesk desk, SplitDesk splits, String path) {
        this.desk = desk;
        this.splits = splits;
        this.path = path;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", desk.awaiting(100));
        model.addAttribute("splits", splits.awaiting(100));
        return page(model, "identity/review-list");
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("view", desk.view(id));
        return page(model, "identity/review");
    }

    @PostMapping("/{id}/{decision:accept|reject|defer|revert}")
    String decide(@PathVariable long id, @PathVariable String decision,
                  @RequestParam(required = false) @Size(max = 400) String note,
                  RedirectAttributes redirect) {
        try {
            switch (decision) {
                case "accept" -> desk.accept(id, note);
                case "reject" -> desk.reject(id, note);
                case "defer" -> desk.defer(id, note);
                default -> desk.revert(id, note);
            }
            redirect.addFlashAttribute("notice", "identity.review.done." + decision);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
            return "redirect:" + path + "/" + id;
        }
        return decision.equals("revert") ? "redirect:" + path + "/" + id : "redirect:" + path;
    }

    private String page(Model model, String template) {
        model.addAttribute("reviewPath", path);
        model.addAttribute("protectedQueue", desk.protectedPairs());
        return template;
    }
}
