package kz.koshi.recruitment.placement.web;

import java.util.UUID;

import jakarta.validation.Valid;
import kz.koshi.recruitment.placement.OrientationForm;
import kz.koshi.recruitment.placement.Placement;
import kz.koshi.recruitment.placement.PlacementForm;
import kz.koshi.recruitment.placement.PlacementRefusedProblem;
import kz.koshi.recruitment.placement.Placements;
import kz.koshi.recruitment.placement.Refusal;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.web.FormProblems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's placements in its account: the list, reporting one, one placement and its orientation. */
@Controller
@RequestMapping("/recruitment/agency/placements")
@PreAuthorize("hasRole('AGENCY_OPERATOR')")
class AgencyPlacementController {

    private final Placements placements;
    private final PlacementOptions options;

    AgencyPlacementController(Placements placements, PlacementOptions options) {
        this.placements = placements;
        this.options = options;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("placements", placements.mine());
        return "recruitment/agency-placements";
    }

    @GetMapping("/new")
    String form(Model model) {
        return page(new PlacementForm(), model);
    }

    @PostMapping("/new")
    String report(@Valid @ModelAttribute("placementForm") PlacementForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(form, model);
        }
        Placement done = reported(form, errors, model);
        if (done != null) {
            redirect.addFlashAttribute("notice", done.flagged() ? "recruitment.placement.reported-flagged" : "recruitment.placement.reported");
            return "redirect:/recruitment/agency/placements/" + done.id();
        }
        return page(form, model);
    }

    @GetMapping("/{id}")
    String one(@PathVariable UUID id, Model model) {
        return placementPage(placements.mine(id), new OrientationForm(), model);
    }

    @PostMapping("/{id}/orientation")
    String orient(@PathVariable UUID id, @Valid @ModelAttribute("orientationForm") OrientationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> placements.orient(id, form), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.orientation.recorded");
            return "redirect:/recruitment/agency/placements/" + id;
        }
        return placementPage(placements.mine(id), form, model);
    }

    /** The placement recorded, or null with every refusal against its field (a rule's reasons all at once). */
    private Placement reported(PlacementForm form, BindingResult errors, Model model) {
        try {
            return placements.report(form);
        } catch (PlacementRefusedProblem refused) {
            for (Refusal r : refused.refusals()) {
                if (r.field() == null) {
                    errors.reject(r.message());
                } else {
                    errors.rejectValue(r.field(), r.message());
                }
            }
            model.addAttribute("refused", true);
        } catch (DomainProblem problem) {
            FormProblems.attempt(() -> {
                throw problem;
            }, errors);
        }
        return null;
    }

    private String placementPage(Placement placement, OrientationForm form, Model model) {
        model.addAttribute("placement", placement);
        model.addAttribute("orientationForm", form);
        model.addAttribute("workerName", null);
        options.addTo(model);
        return "recruitment/placement";
    }

    private String page(PlacementForm form, Model model) {
        model.addAttribute("placementForm", form);
        options.addTo(model);
        return "recruitment/placement-form";
    }
}
