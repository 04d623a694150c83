package kz.koshi.recruitment.web;

import jakarta.validation.Valid;
import kz.koshi.recruitment.LicenceOrder;
import kz.koshi.recruitment.Licences;
import kz.koshi.recruitment.Licensing;
import kz.koshi.recruitment.rules.LicenceAct;
import kz.koshi.shared.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's file for the labour authority: its licence, the acts on it (with a reason each) and its history. */
@Controller
@RequestMapping("/recruitment/agencies/{id}")
class AgencyFileController {

    private final Licensing licensing;
    private final Licences licences;

    AgencyFileController(Licensing licensing, Licences licences) {
        this.licensing = licensing;
        this.licences = licences;
    }

    @GetMapping
    String file(@PathVariable long id, Model model) {
        return page(id, new LicenceOrder(null, null), model);
    }

    @PostMapping("/licence")
    String act(@PathVariable long id, @Valid @ModelAttribute("order") LicenceOrder order, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        String number = licences.standing(licensing.agency(id).agencyCode()).map(l -> l.number()).orElse("");
        if (!errors.hasErrors() && FormProblems.attempt(() -> licences.act(number, order), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.licence.done." + order.act().name());
            return "redirect:/recruitment/agencies/" + id;
        }
        return page(id, order, model);
    }

    private String page(long id, LicenceOrder order, Model model) {
        var agency = licensing.agency(id);
        model.addAttribute("agencyFile", agency);
        model.addAttribute("licence", licences.standing(agency.agencyCode()).orElse(null));
        model.addAttribute("applications", licensing.applicationsOf(id));
        model.addAttribute("history", licensing.history(id));
        model.addAttribute("order", order);
        model.addAttribute("acts", java.util.Arrays.stream(LicenceAct.values()).filter(LicenceAct::byOfficer).toList());
        return "recruitment/agency-file";
    }
}
