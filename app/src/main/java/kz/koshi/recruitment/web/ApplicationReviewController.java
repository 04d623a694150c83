package kz.koshi.recruitment.web;

import jakarta.validation.Valid;
import kz.koshi.recruitment.Decision;
import kz.koshi.recruitment.Licensing;
import kz.koshi.recruitment.ReviewOutcome;
import kz.koshi.recruitment.rules.ChecklistItem;
import kz.koshi.shared.web.FormProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labour authority reviews an application: the file, the checklist, the decision with its reason. */
@Controller
@RequestMapping("/recruitment/applications/{id}")
class ApplicationReviewController {

    private final Licensing licensing;

    ApplicationReviewController(Licensing licensing) {
        this.licensing = licensing;
    }

    @GetMapping
    String file(@PathVariable long id, Model model) {
        return page(id, new Decision(null, null, null), model);
    }

    @PostMapping("/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decision") Decision decision, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        long[] agency = new long[1];
        if (!errors.hasErrors() && FormProblems.attempt(() -> agency[0] = licensing.decide(id, decision).agencyId(), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.review.decided." + decision.outcome().name());
            return "redirect:/recruitment/agencies/" + agency[0];
        }
        return page(id, decision, model);
    }

    @GetMapping("/contract")
    ResponseEntity<byte[]> contract(@PathVariable long id) {
        return ContractDownload.of(licensing.contract(id), id);
    }

    private String page(long id, Decision decision, Model model) {
        model.addAttribute("file", licensing.file(id));
        model.addAttribute("decision", decision);
        model.addAttribute("items", ChecklistItem.values());
        model.addAttribute("outcomes", ReviewOutcome.values());
        return "recruitment/review";
    }
}
