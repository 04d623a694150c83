package kz.koshi.border;

import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public verification page: type or scan a card number, or paste a credential to verify it with the published keys. */
@Controller
class VerifyController {

    private final Cards cards;

    VerifyController(Cards cards) {
        this.cards = cards;
    }

    @GetMapping("/verify")
    String page(@RequestParam(required = false) String number, Model model) {
        if (number != null && !number.isBlank()) {
            model.addAttribute("number", number);
            try {
                model.addAttribute("status", cards.status(number));
            } catch (DomainProblem e) {
                model.addAttribute("numberProblem", e.getMessage());
            }
        }
        return "border/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam String credential, Model model) {
        model.addAttribute("credential", credential);
        model.addAttribute("verification", cards.verify(credential));
        return "border/verify";
    }
}
