package kz.koshi.recruitment.placement.web;

import java.util.UUID;

import jakarta.validation.Valid;
import kz.koshi.recruitment.Licensing;
import kz.koshi.recruitment.placement.AgreementForm;
import kz.koshi.recruitment.placement.LabourAgreements;
import kz.koshi.recruitment.placement.Placement;
import kz.koshi.recruitment.placement.PlacementFilter;
import kz.koshi.recruitment.placement.Placements;
import kz.koshi.shared.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labour authority's placement pages: all agencies' placements with filters, one placement, the labour agreements. */
@Controller
class LabourPlacementController {

    private final Placements placements;
    private final LabourAgreements agreements;
    private final Licensing licensing;
    private final PlacementOptions options;

    LabourPlacementController(Placements placements, LabourAgreements agreements, Licensing licensing, PlacementOptions options) {
        this.placements = placements;
        this.agreements = agreements;
        this.licensing = licensing;
        this.options = options;
    }

    @GetMapping("/recruitment/placements")
    String list(@ModelAttribute("filter") PlacementFilter filter, BindingResult errors, Model model) {
        model.addAttribute("placements", placements.all(filter));
        model.addAttribute("register", licensing.register());
        options.addTo(model);
        return "recruitment/labour-placements";
    }

    @GetMapping("/recruitment/placements/{id}")
    String one(@PathVariable UUID id, Model model) {
        Placement placement = placements.one(id);
        model.addAttribute("placement", placement);
        model.addAttribute("workerName", placements.workerName(placement));
        options.addTo(model);
        return "recruitment/placement";
    }

    @GetMapping("/recruitment/agreements")
    String agreements(Model model) {
        return agreementsPage(new AgreementForm(), model);
    }

    @PostMapping("/recruitment/agreements")
    String save(@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> agreements.save(form), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.agreement.recorded");
            return "redirect:/recruitment/agreements";
        }
        return agreementsPage(form, model);
    }

    private String agreementsPage(AgreementForm form, Model model) {
        model.addAttribute("agreements", agreements.all());
        model.addAttribute("agreementForm", form);
        options.addTo(model);
        return "recruitment/agreements";
    }
}
