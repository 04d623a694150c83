package kz.koshi.border.booth;

import java.time.Clock;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import kz.koshi.border.BorderPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The booth's shift: opened (or changed) once with its checkpoint and lane, then every crossing of the booth is at them. */
@Controller
class ShiftController {

    private final BorderPages pages;
    private final Clock clock;

    ShiftController(BorderPages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/border/shift")
    String form(HttpSession session, Model model) {
        return page(ShiftForm.of(Shift.of(session)), model);
    }

    @PostMapping("/border/shift")
    String open(@Valid @ModelAttribute("shift") ShiftForm form, BindingResult errors, HttpSession session, Model model) {
        boolean known = pages.deskCheckpoints().stream().anyMatch(c -> c.code().equals(form.checkpoint()));
        if (!known && !errors.hasFieldErrors("checkpoint")) {
            errors.rejectValue("checkpoint", "border.crossing.checkpoint-unknown");
        }
        if (errors.hasErrors()) {
            return page(form, model);
        }
        new Shift(form.checkpoint(), form.lane(), form.direction(), clock.instant()).openIn(session);
        return "redirect:/border";
    }

    private String page(ShiftForm form, Model model) {
        model.addAttribute("shift", form);
        model.addAttribute("checkpoints", pages.deskCheckpoints());
        return "border/shift";
    }
}
