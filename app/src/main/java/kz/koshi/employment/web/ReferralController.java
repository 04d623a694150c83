package kz.koshi.employment.web;

import jakarta.validation.Valid;
import kz.koshi.employment.ContactChannel;
import kz.koshi.employment.EmploymentReferrals;
import kz.koshi.employment.Language;
import kz.koshi.employment.NewReferral;
import kz.koshi.employment.ReferralProgramme;
import kz.koshi.shared.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Akimat and labour ministry officers refer a person they know to a career centre. */
@Controller
@RequestMapping("/employment/referrals")
class ReferralController {

    private final EmploymentReferrals referrals;

    ReferralController(EmploymentReferrals referrals) {
        this.referrals = referrals;
    }

    /** The form, the person, programme and region filled in when a page links here (the kandas families' page does). */
    @GetMapping
    String form(@RequestParam(required = false) String person, @RequestParam(required = false) ReferralProgramme programme,
                @RequestParam(required = false) String region, Model model) {
        NewReferral empty = NewReferral.empty();
        return page(new NewReferral(person, programme, region, null, empty.languages(), null, null, empty.sharedChannels()), model);
    }

    @PostMapping
    String refer(@Valid @ModelAttribute("referral") NewReferral referral, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> referrals.refer(referral), errors)) {
            redirect.addFlashAttribute("notice", "employment.referral.made");
            return "redirect:/employment/referrals";
        }
        return page(referral, model);
    }

    private String page(NewReferral referral, Model model) {
        model.addAttribute("options", referrals.options());
        model.addAttribute("referral", referral);
        model.addAttribute("languages", Language.values());
        model.addAttribute("contactChannels", ContactChannel.values());
        return "employment/referral-form";
    }
}
