package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.border.booth.Shift;
import kz.koshi.border.booth.ShiftForm;
import kz.koshi.border.desk.FieldErrors;
import kz.koshi.border.mrz.MrzData;
import kz.koshi.border.mrz.MrzException;
import kz.koshi.border.mrz.MrzParser;
import kz.koshi.shared.DomainProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The border officer's booth: the shift's checkpoint and lane set once, then per crossing scan the MRZ (read at once,
 * check digits verified, fields filled) and Enter records it, stamped by the server's clock at submit and checked
 * against the bans on record as of then. A crossing entered after the fact is a separate, explicit late record.
 */
@Controller
@RequestMapping("/border")
class BorderController {

    private static final String CROSSING = "crossing";
    /** The usual reasons for letting a held crossing through, offered in the officer's language; any other may be typed. */
    private static final java.util.List<String> ALLOW_REASONS = java.util.List.of("border.alert.allow.reason.document-extended",
            "border.alert.allow.reason.ban-lifted", "border.alert.allow.reason.not-the-listed-person",
            "border.alert.allow.reason.guardian-consent");

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

    /** The booth; before the officer's shift is open, the shift form. */
    @GetMapping
    String booth(HttpSession session, Model model) {
        return booth(session, model, false);
    }

    @GetMapping("/late")
    String lateForm(HttpSession session, Model model) {
        return booth(session, model, true);
    }

    /** Reads the MRZ into the form; for htmx only the document fields are swapped. */
    @PostMapping("/mrz")
    String readMrz(@ModelAttribute(CROSSING) CrossingForm form, BindingResult errors, Model model, HttpSession session,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        pages.deskCheckpoints(); // only those who record crossings read documents here
        read(form, model);
        return htmx != null ? "border/crossing-form :: fields" : formPage(model, Shift.of(session), false);
    }

    /** A live crossing: at the shift's checkpoint, at the server's time now, whatever the form held. */
    @PostMapping("/crossings")
    String record(@ModelAttribute(CROSSING) CrossingForm form, BindingResult bound, HttpSession session, Model model) {
        Shift shift = shift(session);
        if (shift == null) {
            return "redirect:/border";
        }
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return record(form.at(shift.checkpoint(), now), shift, false, model);
    }

    /** A late record: a crossing entered after the fact at the shift's checkpoint, at the time the officer types. */
    @PostMapping("/crossings/late")
    String recordLate(@ModelAttribute(CROSSING) CrossingForm form, BindingResult bound, HttpSession session, Model model) {
        Shift shift = shift(session);
        if (shift == null) {
            return "redirect:/border";
        }
        return record(form.at(shift.checkpoint(), form.occurredAt()), shift, true, model);
    }

    @GetMapping("/crossings/{id}")
    String receipt(@PathVariable long id, Model model) {
        model.addAttribute("view", pages.crossing(id));
        model.addAttribute("allowReasons", ALLOW_REASONS);
        return "border/crossing";
    }

    /**
     * Stopping is one button (key 2); letting a held crossing through cannot be undone, so it takes the reason the law
     * wants, chosen or typed, and Enter (key 1 goes to the reason): without a reason the service refuses it and the
     * crossing page says so.
     */
    @PostMapping("/alerts/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  @RequestParam long crossing, @AuthenticationPrincipal OfficerPrincipal officer, RedirectAttributes redirect) {
        boolean allow = "ALLOW".equals(decision);
        try {
            return "redirect:/border/crossings/" + intake.decide(id, allow, reason, officer.getUsername()).crossingId();
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("alert", refused.getMessage());
            return "redirect:/border/crossings/" + crossing;
        }
    }

    private String booth(HttpSession session, Model model, boolean late) {
        Shift shift = shift(session);
        if (shift == null) {
            model.addAttribute("shift", ShiftForm.of(null));
            model.addAttribute("checkpoints", pages.deskCheckpoints());
            return "border/shift";
        }
        model.addAttribute(CROSSING, CrossingForm.forLane(shift.direction()));
        return formPage(model, shift, late);
    }

    /** The shift open in the session; asking for the checkpoints is what lets only the border service in. */
    private Shift shift(HttpSession session) {
        pages.deskCheckpoints();
        return Shift.of(session);
    }

    /** Reads the form's MRZ into its fields: true when it was read and all its check digits agree. */
    private boolean read(CrossingForm form, Model model) {
        try {
            MrzData data = MrzParser.parse(form.mrz(), LocalDate.now(clock));
            model.addAttribute(CROSSING, form.with(data));
            model.addAttribute("mrzResult", data.valid() ? "border.mrz.valid" : "border.mrz.check-failed");
            model.addAttribute("mrzFailed", data.failedChecks());
            return data.valid();
        } catch (MrzException e) {
            model.addAttribute(CROSSING, form);
            model.addAttribute("mrzResult", "border." + e.getMessage()); // border.mrz.shape, .characters or .date
            return false;
        }
    }

    /**
     * Records the crossing, its MRZ read first if the officer's Enter came before it was (an MRZ that cannot be read
     * or whose check digits disagree is shown, not recorded); else the form again with each field's problem.
     */
    private String record(CrossingForm typed, Shift shift, boolean late, Model model) {
        if (typed.mrzUnread() && !read(typed, model)) {
            return formPage(model, shift, late);
        }
        CrossingForm form = typed.mrzUnread() ? (CrossingForm) model.getAttribute(CROSSING) : typed;
        BindingResult errors = new BeanPropertyBindingResult(form, CROSSING);
        model.addAttribute(CROSSING, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + CROSSING, errors);
        CrossingRequest request = form.request(clock.getZone(), shift.lane());
        FieldErrors fields = new FieldErrors(errors);
        form.unreadableDays().forEach(day -> fields.reject(day, "border.form.day-format"));
        fields.reject(validator.validate(request), CrossingForm::field);
        if (!errors.hasErrors()) {
            try {
                return "redirect:/border/crossings/" + intake.record(request, CrossingBatch.OFFICER).crossingId();
            } catch (CrossingRejected e) {
                e.problems().forEach(p -> fields.reject(CrossingForm.field(p.field()), p.message()));
            } catch (DomainProblem e) {
                errors.reject(e.getMessage());
            }
        }
        return formPage(model, shift, late);
    }

    private String formPage(Model model, Shift shift, boolean late) {
        model.addAttribute("late", late);
        model.addAttribute("shift", shift);
        model.addAttribute("held", shift == null ? java.util.List.of() : pages.heldAt(shift.checkpoint()));
        model.addAttribute("shiftCheckpoint", shift == null ? null : pages.checkpoint(shift.checkpoint()));
        return "border/crossing-form";
    }
}
