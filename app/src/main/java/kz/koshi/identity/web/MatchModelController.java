package kz.koshi.identity.web;

import kz.koshi.identity.MatchModelTraining;
import kz.koshi.identity.engine.MatchModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The match model in use, and retraining it from the registry and the reviewers' decisions. */
@Controller
@RequestMapping("/persons/model")
class MatchModelController {

    private final MatchModelTraining training;

    MatchModelController(MatchModelTraining training) {
        this.training = training;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("stored", training.current().orElse(null));
        model.addAttribute("defaults", MatchModel.defaults());
        return "identity/model";
    }

    @PostMapping("/retrain")
    String retrain(RedirectAttributes redirect) {
        training.retrain();
        redirect.addFlashAttribute("notice", "identity.model.retrained");
        return "redirect:/persons/model";
    }
}
