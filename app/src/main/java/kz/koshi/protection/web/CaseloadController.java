package kz.koshi.protection.web;

import jakarta.validation.Valid;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.CaseStatus;
import kz.koshi.protection.ExploitationType;
import kz.koshi.protection.caseload.CaseloadPage;
import kz.koshi.protection.caseload.CaseloadQuery;
import kz.koshi.protection.caseload.CaseloadSort;
import kz.koshi.protection.caseload.DueFilter;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.protection.DeclineReason;
import kz.koshi.protection.GlassRequest;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.ScreeningRequests;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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
    private final ScreeningRequests requests;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    CaseloadController(CaseManagement cases, ReferralMechanism referrals, ScreeningRequests requests, ReferenceData reference,
                       KazakhstanCalendar calendar) {
        this.cases = cases;
        this.referrals = referrals;
        this.requests = requests;
        this.reference = reference;
        this.calendar = calendar;
    }

    /** The caseload with its search and filters from the URL; a query with a field error runs no search. */
    @GetMapping
    String caseload(@Valid @ModelAttribute("query") CaseloadQuery query, BindingResult errors, Model model) {
        model.addAttribute("glass", new GlassRequest("", ""));
        if (errors.hasErrors()) {
            // A value that could not be read (status=NOPE) leaves no query: the form shows the field error on an empty one.
            CaseloadQuery shown = query == null ? CaseloadQuery.all() : query;
            BeanPropertyBindingResult kept = new BeanPropertyBindingResult(shown, "query");
            kept.addAllErrors(errors);
            model.addAttribute("query", shown);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "query", kept);
            return page(model, CaseloadPage.empty());
        }
        return page(model, cases.caseload(query));
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
        model.addAttribute("query", CaseloadQuery.all());
        return page(model, cases.caseload(CaseloadQuery.all()));
    }

    private String page(Model model, CaseloadPage found) {
        model.addAttribute("found", found);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("exploitationTypes", ExploitationType.values());
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        model.addAttribute("centres", reference.crisisCentres());
        model.addAttribute("dues", DueFilter.values());
        model.addAttribute("sorts", CaseloadSort.values());
        model.addAttribute("incoming", referrals.incomingReferrals());
        model.addAttribute("screeningRequests", requests.waiting());
        model.addAttribute("declineReasons", DeclineReason.values());
        return "protection/caseload";
    }
}
