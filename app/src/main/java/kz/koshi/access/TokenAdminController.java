package kz.koshi.access;

import java.util.Arrays;
import java.util.Set;

import jakarta.validation.Valid;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/tokens")
class TokenAdminController {

    private final ApiTokens tokens;
    private final ReferenceData reference;

    TokenAdminController(ApiTokens tokens, ReferenceData reference) {
        this.tokens = tokens;
        this.reference = reference;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.all());
        if (!model.containsAttribute("token")) {
            model.addAttribute("token", new NewApiToken("", "", Set.of(), null));
        }
        return formData(model);
    }

    @PostMapping
    String issue(@Valid @ModelAttribute("token") NewApiToken token, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                ApiTokens.Issued issued = tokens.issue(token);
                // Shown on this response only; never stored, never redirected through the session.
                model.addAttribute("issuedSecret", issued.secret());
                model.addAttribute("token", new NewApiToken("", "", Set.of(), null));
            } catch (DomainProblem problem) {
                errors.rejectValue(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute("tokens", tokens.all());
        return formData(model);
    }

    /** Revoking cannot be undone: a page of its own asks for the reason and a confirmation first. */
    @GetMapping("/{id}/revoke")
    String confirmRevocation(@PathVariable long id, Model model) {
        model.addAttribute("apiToken", tokens.find(id));
        model.addAttribute("revocation", TokenRevocation.blank());
        agencyNames(model);
        return "access/token-revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @Valid @ModelAttribute("revocation") TokenRevocation revocation, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                tokens.revoke(id, revocation.reason());
                redirect.addFlashAttribute("notice", "token.revoked");
                return "redirect:/admin/tokens";
            } catch (DomainProblem problem) {
                if (problem.field() == null) {
                    redirect.addFlashAttribute("notice", problem.getMessage());
                    return "redirect:/admin/tokens";
                }
                errors.rejectValue(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute("apiToken", tokens.find(id));
        agencyNames(model);
        return "access/token-revoke";
    }

    /** Agencies by code, so that officers read an agency's name in their language, never its code. */
    private void agencyNames(Model model) {
        model.addAttribute("agencyNames", reference.agencies().stream()
                .collect(java.util.stream.Collectors.toMap(kz.koshi.reference.Agency::code, kz.koshi.reference.Agency::name)));
    }

    private String formData(Model model) {
        agencyNames(model);
        model.addAttribute("agencies", reference.agencies());
        model.addAttribute("scopes", Arrays.asList(ApiScope.values()));
        return "access/tokens";
    }
}
