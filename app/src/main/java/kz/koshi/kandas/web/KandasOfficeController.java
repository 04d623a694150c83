package kz.koshi.kandas.web;

import jakarta.validation.Valid;
import kz.koshi.kandas.LabourDesk;
import kz.koshi.kandas.OfferForm;
import kz.koshi.kandas.ReservationKind;
import kz.koshi.kandas.Resettling;
import kz.koshi.kandas.Settlement;
import kz.koshi.kandas.SettlementForm;
import kz.koshi.kandas.VacancyImport;
import kz.koshi.kandas.engine.SupportKind;
import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers' kandas pages: the akimat's expected families and offer, the labour authority's quota use and vacancy feed. */
@Controller
@RequestMapping("/kandas")
class KandasOfficeController {

    private final Settlement settlement;
    private final Resettling resettling;
    private final LabourDesk labour;

    KandasOfficeController(Settlement settlement, Resettling resettling, LabourDesk labour) {
        this.settlement = settlement;
        this.resettling = resettling;
        this.labour = labour;
    }

    /** Each role to the kandas page it may open; a role with none is refused here, not sent on to a page that refuses it. */
    @GetMapping
    String home(Authentication auth) {
        if (has(auth, "ROLE_MIGRATION_OFFICER")) {
            return "redirect:/kandas/arrivals";
        }
        if (has(auth, "ROLE_AKIMAT_OFFICER")) {
            return "redirect:/kandas/families";
        }
        if (has(auth, "ROLE_LABOUR_OFFICER") || has(auth, "ROLE_ANALYST")) {
            return "redirect:/kandas/quota";
        }
        throw new AccessDeniedException("kandas");
    }

    private static boolean has(Authentication auth, String role) {
        return auth.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }

    @GetMapping("/families")
    String families(Model model) {
        return familiesPage(settlement.offerAsEntered(), model);
    }

    private String familiesPage(OfferForm offer, Model model) {
        model.addAttribute("families", settlement.expectedFamilies());
        model.addAttribute("region", settlement.myRegion());
        model.addAttribute("freeOffer", settlement.offer());
        model.addAttribute("offer", offer);
        model.addAttribute("supportKinds", SupportKind.values());
        if (!model.containsAttribute("settled")) {
            model.addAttribute("settled", new SettlementForm("", null));
        }
        return "kandas/families";
    }

    @PostMapping("/families/reservations")
    String reserve(@RequestParam String reference, @RequestParam ReservationKind kind, RedirectAttributes redirect) {
        try {
            settlement.reserve(reference, kind);
            redirect.addFlashAttribute("notice", "kandas.reservation.made");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("alert", refused.getMessage());
        }
        return "redirect:/kandas/families";
    }

    /** An arrived family settled in the akimat's region, by its survey reference; the form comes back with its problem. */
    @PostMapping("/families/settlements")
    String settle(@Valid @ModelAttribute("settled") SettlementForm settled, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                resettling.settle(settled.reference(), settled.on());
                redirect.addFlashAttribute("notice", "kandas.settlement.recorded");
                return "redirect:/kandas/families";
            } catch (DomainProblem refused) {
                errors.rejectValue(refused.field() == null ? "reference" : refused.field(), refused.getMessage(), refused.getMessage());
            }
        }
        return familiesPage(settlement.offerAsEntered(), model);
    }

    @PostMapping("/offer")
    String offer(@Valid @ModelAttribute("offer") OfferForm offer, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return familiesPage(offer, model);
        }
        settlement.setOffer(offer);
        redirect.addFlashAttribute("notice", "kandas.offer.saved");
        return "redirect:/kandas/families";
    }

    @GetMapping("/quota")
    String quota(Model model) {
        model.addAttribute("quota", labour.quotaUse());
        model.addAttribute("followed", labour.recommendationsFollowed());
        model.addAttribute("professions", LabourDesk.professions());
        return "kandas/quota";
    }

    @PostMapping("/vacancies")
    String vacancies(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws java.io.IOException {
        String csv = file == null ? "" : new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        VacancyImport result = labour.importFeed(csv);
        model.addAttribute("result", result);
        return quota(model);
    }
}
