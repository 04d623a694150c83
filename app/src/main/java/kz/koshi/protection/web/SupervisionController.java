package kz.koshi.protection.web;

import kz.koshi.protection.CaseSupervision;
import kz.koshi.protection.DeclineReason;
import kz.koshi.protection.ReferralDecision;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.SpecialSocialServices;
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

    private final ReferralMechanism referrals;
    private final SpecialSocialServices services;
    private final CaseSupervision supervision;

    SupervisionController(ReferralMechanism referrals, SpecialSocialServices services, CaseSupervision supervision) {
        this.referrals = referrals;
        this.services = services;
        this.supervision = supervision;
    }

    @GetMapping("/supervision")
    String supervision(Model model) {
        model.addAttribute("report", supervision.supervisorReport());
        model.addAttribute("declineReasons", DeclineReason.values());
        return "protection/supervision";
    }

    @PostMapping("/extensions/{id}/decision")
    String decideExtension(@PathVariable long id, @RequestParam boolean approve, RedirectAttributes redirect) {
        return WebActions.decide("redirect:/protection/supervision", redirect,
                approve ? "protection.extension.approved" : "protection.extension.rejected", "protection.case.not-yours",
                () -> services.decideExtension(id, approve));
    }

    /** Decided from the caseload (a worker of the receiving centre) or the supervisor's view. */
    @PostMapping("/referrals/{id}/decision")
    String decideReferral(@PathVariable long id, @RequestParam boolean accept,
                          @RequestParam(required = false) DeclineReason reason,
                          @RequestParam(defaultValue = "caseload") String from, RedirectAttributes redirect) {
        String back = "supervision".equals(from) ? "redirect:/protection/supervision" : "redirect:/protection";
        return WebActions.decide(back, redirect, accept ? "protection.referral.accepted" : "protection.referral.declined",
                "protection.case.not-yours", () -> referrals.decideReferral(id, new ReferralDecision(accept, reason)));
    }

}
