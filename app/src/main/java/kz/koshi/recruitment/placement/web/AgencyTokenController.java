package kz.koshi.recruitment.placement.web;

import kz.koshi.recruitment.placement.AgencyTokens;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's own API tokens: issued by its operator (shown once), listed, revoked with a reason. */
@Controller
@RequestMapping("/recruitment/agency/tokens")
class AgencyTokenController {

    private final AgencyTokens tokens;

    AgencyTokenController(AgencyTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        return page(model);
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(name));
        } catch (DomainProblem problem) {
            model.addAttribute("problem", problem.getMessage());
        }
        return page(model);
    }

    @PostMapping("/{id}/revocation")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            tokens.revoke(id, reason);
        } catch (DomainProblem problem) {
            model.addAttribute("problem", problem.getMessage());
            return page(model);
        }
        redirect.addFlashAttribute("notice", "recruitment.token.revoked");
        return "redirect:/recruitment/agency/tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.own());
        model.addAttribute("licensed", tokens.licensed());
        return "recruitment/agency-tokens";
    }
}
