package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jakarta.validation.Validator;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.border.desk.FieldErrors;
import kz.koshi.border.mrz.MrzData;
import kz.koshi.border.mrz.MrzException;
import kz.koshi.border.mrz.MrzParser;
import kz.koshi.shared.DomainProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The border officer's crossing form: paste the MRZ, check digits are verified, fields filled, finish by keyboard. */
@Controller
@RequestMapping("/border")
class BorderController {

    private final CrossingIntake intake;
    private final BorderPages pages;
    private final Validator validator;
    private final Clock clock;

    BorderController(CrossingIntake intake, BorderPages pages, Validator validator, Clock clock) {
        this.intake = intake;
        this.pages = pages;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("crossing", CrossingForm.blank(LocalDateTime.now(clock)));
        return formPage(model);
    }

    /** Reads the MRZ into the form; for htmx only the document fields are swapped. */
    @PostMapping("/mrz")
    String readMrz(@ModelAttribute("crossing") CrossingForm form, BindingResult errors, Model model,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        try {
            MrzData data = MrzParser.parse(form.mrz(), LocalDate.now(clock));
            model.addAttribute("crossing", form.with(data));
            model.addAttribute("mrzResult", data.valid() ? "border.mrz.valid" : "border.mrz.check-failed");
            model.addAttribute("mrzFailed", data.failedChecks());
        } catch (MrzException e) {
            model.addAttribute("mrzResult", "border." + e.getMessage()); // border.mrz.shape, .characters or .date
        }
        model.addAttribute("checkpoints", pages.deskCheckpoints());
        return htmx != null ? "border/crossing-form :: fields" : formPage(model);
    }

    @PostMapping("/crossings")
    String record(@ModelAttribute("crossing") CrossingForm form, BindingResult errors, Model model) {
        pages.deskCheckpoints(); // only those who record crossings may submit the form
        CrossingRequest request = form.request(clock.getZone());
        FieldErrors fields = new FieldErrors(errors);
        form.unreadableDays().forEach(day -> fields.reject(day, "border.form.day-format"));
        fields.reject(validator.validate(request), CrossingForm::field);
        if (errors.hasErrors()) {
            return formPage(model);
        }
        try {
            CrossingReceipt receipt = intake.record(request, "OFFICER");
            return "redirect:/border/crossings/" + receipt.crossingId();
        } catch (CrossingRejected e) {
            e.problems().forEach(p -> fields.reject(CrossingForm.field(p.field()), p.message()));
        } catch (DomainProblem e) {
            errors.reject(e.getMessage());
        }
        return formPage(model);
    }

    @GetMapping("/crossings/{id}")
    String receipt(@PathVariable long id, Model model) {
        model.addAttribute("view", pages.crossing(id));
        return "border/crossing";
    }

    /**
     * Stopping is one button; letting a held crossing through cannot be undone, so its form asks for a reason
     * and a ticked confirmation (checked here too, not only by the browser), else the crossing page says so.
     */
    @PostMapping("/alerts/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  @RequestParam(defaultValue = "false") boolean confirmed, @RequestParam long crossing,
                  @AuthenticationPrincipal OfficerPrincipal officer, RedirectAttributes redirect) {
        boolean allow = "ALLOW".equals(decision);
        if (allow && !confirmed) {
            redirect.addFlashAttribute("alert", "form.confirm.required");
            return "redirect:/border/crossings/" + crossing;
        }
        try {
            return "redirect:/border/crossings/" + intake.decide(id, allow, reason, officer.getUsername()).crossingId();
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("alert", refused.getMessage());
            return "redirect:/border/crossings/" + crossing;
        }
    }

    private String formPage(Model model) {
        model.addAttribute("checkpoints", pages.deskCheckpoints());
        return "border/crossing-form";
    }
}
