package kz.koshi.protection.web;

import jakarta.validation.Valid;
import kz.koshi.protection.Admission;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.CaseSupervision;
import kz.koshi.protection.Closure;
import kz.koshi.protection.ExtensionRequest;
import kz.koshi.protection.NewFollowUp;
import kz.koshi.protection.NewNote;
import kz.koshi.protection.NewOutcome;
import kz.koshi.protection.NewParty;
import kz.koshi.protection.NewReferral;
import kz.koshi.protection.PlanChange;
import kz.koshi.protection.Reassignment;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.ServiceDelivery;
import kz.koshi.protection.SpecialSocialServices;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the case page; each comes back to the case with a notice or the reason for a refusal. */
@Controller
@RequestMapping("/protection/cases/{id}")
class CaseActionsController {

    private final CaseManagement cases;
    private final ReferralMechanism referrals;
    private final SpecialSocialServices services;
    private final CaseSupervision supervision;

    CaseActionsController(CaseManagement cases, ReferralMechanism referrals, SpecialSocialServices services, CaseSupervision supervision) {
        this.cases = cases;
        this.referrals = referrals;
        this.services = services;
        this.supervision = supervision;
    }

    @PostMapping("/referrals")
    String refer(@PathVariable long id, @Valid NewReferral form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.referral.sent", () -> referrals.refer(id, form));
    }

    @PostMapping("/admission")
    String admit(@PathVariable long id, @Valid Admission form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.admission.done", () -> services.admit(id, form));
    }

    @PostMapping("/plan")
    String plan(@PathVariable long id, @Valid PlanChange form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.plan.saved", () -> services.setPlan(id, form));
    }

    @PostMapping("/services")
    String service(@PathVariable long id, @Valid ServiceDelivery form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.service.logged", () -> services.logService(id, form));
    }

    @PostMapping("/extensions")
    String extension(@PathVariable long id, @Valid ExtensionRequest form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.extension.requested", () -> services.requestExtension(id, form));
    }

    @PostMapping("/outcomes")
    String outcome(@PathVariable long id, @Valid NewOutcome form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.outcome.recorded", () -> cases.recordOutcome(id, form));
    }

    @PostMapping("/parties")
    String party(@PathVariable long id, @Valid NewParty form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.party.named", () -> cases.nameParty(id, form));
    }

    /** Closing cannot be undone: the form's reason and a ticked confirmation (checked here, not only by the browser). */
    @PostMapping("/closure")
    String close(@PathVariable long id, @Valid Closure form, BindingResult errors,
                 @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed && !errors.hasErrors()) {
            redirect.addFlashAttribute("alert", "form.confirm.required");
            return back(id);
        }
        return WebActions.run(back(id), errors, redirect, "protection.closure.done", () -> cases.close(id, form));
    }

    @PostMapping("/follow-ups")
    String followUp(@PathVariable long id, @Valid NewFollowUp form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.follow-up.recorded", () -> cases.recordFollowUp(id, form));
    }

    @PostMapping("/notes")
    String note(@PathVariable long id, @Valid NewNote form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.note.added", () -> cases.addNote(id, form));
    }


    /** A supervisor of the agency holding the case changes who works on it; anyone else is refused (403). */
    @PostMapping("/assignment")
    String assign(@PathVariable long id, @Valid Reassignment form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.run(back(id), errors, redirect, "protection.assignment.saved", () -> supervision.reassign(id, form));
    }

    private static String back(long id) {
        return "redirect:/protection/cases/" + id;
    }
}
