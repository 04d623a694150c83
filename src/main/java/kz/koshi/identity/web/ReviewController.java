package kz.koshi.identity.web;

import kz.koshi.identity.ReviewQueue;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/persons/review")
class ReviewController {

    private final ReviewQueue queue;

    ReviewController(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", queue.awaiting(100));
        return "identity/review-list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("view", queue.view(id));
        return "identity/review";
    }

    @PostMapping("/{id}/{decision:accept|reject|defer|revert}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        try {
            switch (decision) {
                case "accept" -> queue.accept(id, note);
                case "reject" -> queue.reject(id, note);
                case "defer" -> queue.defer(id, note);
                default -> queue.revert(id, note);
            }
            redirect.addFlashAttribute("notice", "identity.review.done." + decision);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
            return "redirect:/persons/review/" + id;
        }
        return decision.equals("revert") ? "redirect:/persons/review/" + id : "redirect:/persons/review";
    }
}
