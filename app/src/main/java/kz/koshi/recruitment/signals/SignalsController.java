package kz.koshi.recruitment.signals;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import kz.koshi.recruitment.rules.SignalKind;
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

/** The labour authority's risk signals: the list (by rule, agency, open or handled), one signal, and its handling. */
@Controller
@RequestMapping("/recruitment/signals")
class SignalsController {

    private final RiskSignals signals;
    private final AgencyComplaints complaints;

    SignalsController(RiskSignals signals, AgencyComplaints complaints) {
        this.signals = signals;
        this.complaints = complaints;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") SignalFilter filter, BindingResult errors, Model model) {
        model.addAttribute("signals", errors.hasErrors() ? List.of() : signals.list(filter));
        model.addAttribute("kinds", Arrays.asList(SignalKind.values()));
        model.addAttribute("statuses", Arrays.asList(SignalStatus.values()));
        return "recruitment/signals";
    }

    @GetMapping("/{id}")
    String signal(@PathVariable long id, Model model) {
        return page(id, new HandlingNote(null), model);
    }

    @PostMapping("/{id}/handling")
    String handle(@PathVariable long id, @Valid @ModelAttribute("handling") HandlingNote note, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> signals.handle(id, note), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.signal.handled");
            return "redirect:/recruitment/signals/" + id;
        }
        return page(id, note, model);
    }

    private String page(long id, HandlingNote note, Model model) {
        Signal signal = signals.signal(id);
        model.addAttribute("signal", signal);
        model.addAttribute("handling", note);
        if (signal.kind() == SignalKind.COMPLAINTS && signal.reference() != null) {
            model.addAttribute("complaint", complaints.complaint(Long.parseLong(signal.reference())));
        }
        return "recruitment/signal";
    }
}
