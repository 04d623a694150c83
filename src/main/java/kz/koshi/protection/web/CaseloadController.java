package kz.koshi.protection.web;

import jakarta.validation.Valid;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.DeclineReason;
import kz.koshi.protection.GlassRequest;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A worker's caseload, the referrals waiting for the agency, and break-the-glass. */
@Controller
@RequestMapping("/protection")
class CaseloadController {

    private final CaseManagement cases;
    private final ReferralMechanism referrals;

    CaseloadController(CaseManagement cases, ReferralMechanism referrals) {
        this.cases = cases;
        this.referrals = referrals;
    }

    @GetMapping
    String caseload(Model model) {
        model.addAttribute("glass", new GlassRequest("", ""));
        return page(model);
    }

    @PostMapping("/glass")
    String breakGlass(@Valid @ModelAttribute("glass") GlassRequest glass, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/protection/cases/" + cases.breakGlass(glass);
            } catch (DomainProblem problem) {
                errors.rejectValue(problem.field(), problem.getMessage());
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("cases", cases.caseload());
        model.addAttribute("incoming", referrals.incomingReferrals());
        model.addAttribute("declineReasons", DeclineReason.values());
        return "protection/caseload";
    }
}
