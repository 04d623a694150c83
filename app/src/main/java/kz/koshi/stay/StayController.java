package kz.koshi.stay;

import jakarta.validation.Valid;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.shared.web.FormProblems;
import kz.koshi.stay.rules.StayAssessment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' stay pages (the violation queue is {@code violations.QueueController}): a person's stay file (who the
 * person is, their timeline), registration and permit forms.
 */
@Controller
@RequestMapping("/stay")
class StayController {

    private final StayViews views;
    private final StayLedger ledger;
    private final StayDesk desk;
    private final RemovalSuspension suspension;
    private final IdentityResolution identity;
    private final ChannelMarks channels;

    StayController(StayViews views, StayLedger ledger, StayDesk desk, RemovalSuspension suspension,
                   IdentityResolution identity, ChannelMarks channels) {
        this.views = views;
        this.ledger = ledger;
        this.desk = desk;
        this.suspension = suspension;
        this.identity = identity;
        this.channels = channels;
    }

    @GetMapping("/persons/{person}")
    String person(@PathVariable String person, Model model) {
        return page(person, model, blankRegistration(person), blankPermit(person), blankExpulsion(person));
    }

    @PostMapping("/persons/{person}/registrations")
    String register(@PathVariable String person, @Valid @ModelAttribute("registration") StayCommands.NewRegistration r,
                    BindingResult errors, @AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> desk.register(r, officer.getUsername()), errors)) {
            return "redirect:/stay/persons/" + person;
        }
        return page(person, model, r, blankPermit(person), blankExpulsion(person));
    }

    @PostMapping("/persons/{person}/permits")
    String permit(@PathVariable String person, @Valid @ModelAttribute("permit") StayCommands.NewPermit p,
                  BindingResult errors, @AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> desk.issuePermit(p, officer.getUsername()), errors)) {
            return "redirect:/stay/persons/" + person;
        }
        return page(person, model, blankRegistration(person), p, blankExpulsion(person));
    }

    /**
     * A court's expulsion order; the entry ban it brings is shown with it once recorded. It cannot be taken
     * back from here, so the officer ticks a confirmation first.
     */
    @PostMapping("/persons/{person}/expulsions")
    String expulsion(@PathVariable String person, @Valid @ModelAttribute("expulsion") StayCommands.NewExpulsion e,
                     BindingResult errors, @RequestParam(defaultValue = "false") boolean confirmed,
                     @AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        if (!confirmed) {
            errors.reject("form.confirm.required");
        }
        if (!errors.hasErrors() && FormProblems.attempt(() -> desk.recordExpulsion(e, officer.getUsername()), errors)) {
            return "redirect:/stay/persons/" + person;
        }
        return page(person, model, blankRegistration(person), blankPermit(person), e);
    }

    private String page(String person, Model model, StayCommands.NewRegistration registration, StayCommands.NewPermit permit,
                        StayCommands.NewExpulsion expulsion) {
        model.addAttribute("file", views.file(person));
        model.addAttribute("who", identity.registered(person).orElse(null));
        StayAssessment assessment = ledger.assessToday(person);
        model.addAttribute("assessment", assessment);
        model.addAttribute("removalSuspended", Boolean.TRUE.equals(suspension.forCaller(assessment.removalBlocked())));
        model.addAttribute("registration", registration);
        model.addAttribute("permit", permit);
        model.addAttribute("expulsion", expulsion);
        model.addAttribute("channelMarks", channels.of(person));
        return "stay/person";
    }

    private static StayCommands.NewRegistration blankRegistration(String person) {
        return new StayCommands.NewRegistration(person, "HOST", "ORDINARY", null, null, "");
    }

    private static StayCommands.NewPermit blankPermit(String person) {
        return new StayCommands.NewPermit(person, "DOMESTIC_WORKER", "", null, null, 1, 0L);
    }

    private static StayCommands.NewExpulsion blankExpulsion(String person) {
        return new StayCommands.NewExpulsion(person, "", null, null);
    }
}
