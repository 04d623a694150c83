package kz.koshi.stay;

import jakarta.validation.Valid;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.shared.web.FormProblems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The migration police's expulsion review queue (W2.4): each pending review with a decision form. */
@Controller
@RequestMapping("/stay/reviews")
@PreAuthorize("hasRole('MIGRATION_OFFICER')")
class ExpulsionReviewController {

    private final ExpulsionReviews reviews;

    ExpulsionReviewController(ExpulsionReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String queue(Model model) {
        return page(model, 0, blank());
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decision") StayCommands.ReviewDecision decision,
                  BindingResult errors, @AuthenticationPrincipal OfficerPrincipal officer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> reviews.decide(id, decision, officer.getUsername()), errors)) {
            redirect.addFlashAttribute("notice", "stay.review.decided-notice");
            return "redirect:/stay/reviews";
        }
        return page(model, id, decision);
    }

    /** The queue, with the form of the review {@code failed} showing what was sent and why it was refused. */
    private String page(Model model, long failed, StayCommands.ReviewDecision decision) {
        model.addAttribute("reviews", reviews.pending(200));
        model.addAttribute("failed", failed);
        model.addAttribute("decision", decision);
        return "stay/reviews";
    }

    private static StayCommands.ReviewDecision blank() {
        return new StayCommands.ReviewDecision("NO_EXPULSION", "");
    }
}
