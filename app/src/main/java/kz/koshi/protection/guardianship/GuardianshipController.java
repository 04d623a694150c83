package kz.koshi.protection.guardianship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guardianship authority's pages: its queue of child victims and each referral with its steps. */
@Controller
@RequestMapping("/protection/guardianship")
class GuardianshipController {

    private final GuardianshipWork work;
    private final ReferenceData reference;
    private final Clock clock;

    GuardianshipController(GuardianshipWork work, ReferenceData reference, Clock clock) {
        this.work = work;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("referrals", work.queue());
        return names(model, "protection/guardianship-queue");
    }

    @GetMapping("/{id}")
    String referral(@PathVariable long id, Model model) {
        GuardianshipReferral r = work.referral(id);
        model.addAttribute("r", r);
        model.addAttribute("measures", GuardianshipMeasure.values());
        model.addAttribute("country", reference.country(r.citizenship()).map(c -> c.name()).orElse(null));
        return names(model, "protection/guardianship-referral");
    }

    @PostMapping("/{id}/acceptance")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "protection.guardianship.accepted", () -> work.accept(id));
    }

    @PostMapping("/{id}/measures")
    String act(@PathVariable long id, @Valid NewMeasure form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("alert", "protection.form.invalid");
            redirect.addFlashAttribute("alertFields", errors.getFieldErrors().stream().map(e -> e.getField()).distinct().toList());
            return back(id);
        }
        return step(id, redirect, "protection.guardianship.measure-recorded", () -> work.act(id, form));
    }

    /** Closing cannot be undone: a ticked confirmation, checked here and not only by the browser. */
    @PostMapping("/{id}/closure")
    String close(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("alert", "form.confirm.required");
            return back(id);
        }
        return step(id, redirect, "protection.guardianship.closed", () -> work.close(id));
    }

    private static String step(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
        }
        return back(id);
    }

    private String names(Model model, String view) {
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("regions", reference.allRegions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name())));
        model.addAttribute("agencies", reference.agencies().stream().collect(Collectors.toMap(a -> a.code(), a -> a.name())));
        return view;
    }

    private static String back(long id) {
        return "redirect:/protection/guardianship/" + id;
    }
}
