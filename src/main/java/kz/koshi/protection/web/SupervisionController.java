package kz.koshi.protection.web;

import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.DeclineReason;
import kz.koshi.protection.ReferralDecision;
import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's view (extensions to approve, referrals, break-the-glass report) and referral decisions. */
@Controller
@RequestMapping("/protection")
class SupervisionController {

    private final CaseManagement cases;

    SupervisionController(CaseManagement cases) {
        this.cases = cases;
    }

    @GetMapping("/supervision")
    String supervision(Model model) {
        model.addAttribute("report", cases.supervisorReport());
        model.addAttribute("declineReasons", DeclineReason.values());
        return "protection/supervision";
    }

    @PostMapping("/extensions/{id}/decision")
    String decideExtension(@PathVariable long id, @RequestParam boolean approve, RedirectAttributes redirect) {
        return decided(redirect, "redirect:/protection/supervision",
                approve ? "protection.extension.approved" : "protection.extension.rejected", () -> cases.decideExtension(id, approve));
    }

    /** Decided from the caseload (a worker of the receiving centre) or the supervisor's view. */
    @PostMapping("/referrals/{id}/decision")
    String decideReferral(@PathVariable long id, @RequestParam boolean accept,
                          @RequestParam(required = false) DeclineReason reason,
                          @RequestParam(defaultValue = "caseload") String from, RedirectAttributes redirect) {
        String back = "supervision".equals(from) ? "redirect:/protection/supervision" : "redirect:/protection";
        return decided(redirect, back, accept ? "protection.referral.accepted" : "protection.referral.declined",
                () -> cases.decideReferral(id, new ReferralDecision(accept, reason)));
    }

    private static String decided(RedirectAttributes redirect, String back, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
        } catch (AccessDeniedException denied) {
            redirect.addFlashAttribute("alert", "protection.case.not-yours");
        }
        return back;
    }
}
