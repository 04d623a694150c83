package kz.koshi.recruitment.web;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.recruitment.Licensing;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The recruitment section: the applicant goes to its own pages; the labour authority sees its queue and register. */
@Controller
class RecruitmentController {

    private final Licensing licensing;

    RecruitmentController(Licensing licensing) {
        this.licensing = licensing;
    }

    @GetMapping("/recruitment")
    String home(@AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        if (officer != null && officer.has(Role.AGENCY_OPERATOR)) {
            return "redirect:/recruitment/agency";
        }
        model.addAttribute("queue", licensing.queue());
        model.addAttribute("register", licensing.register());
        return "recruitment/labour-home";
    }
}
