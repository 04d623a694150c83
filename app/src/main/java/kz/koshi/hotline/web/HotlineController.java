package kz.koshi.hotline.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import kz.koshi.hotline.CallClass;
import kz.koshi.hotline.Channel;
import kz.koshi.hotline.HotlineCalls;
import kz.koshi.hotline.NewCall;
import kz.koshi.hotline.NewRoute;
import kz.koshi.hotline.RouteKind;
import kz.koshi.hotline.RouteOutcome;
import kz.koshi.hotline.RouteResult;
import kz.koshi.hotline.SpokenLanguage;
import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
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

/** The hotline's pages: its call log, the form for a call, a call with its routes; the agencies' calls routed to them. */
@Controller
@RequestMapping("/hotline")
class HotlineController {

    /** The agencies a route may name: crisis centres and the police (screening, police on duty), the labour inspection. */
    private static final Set<AgencyType> TARGETS = Set.of(AgencyType.CRISIS_CENTRE, AgencyType.MIGRATION_POLICE,
            AgencyType.LABOUR_MINISTRY);

    private final HotlineCalls calls;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    HotlineController(HotlineCalls calls, ReferenceData reference, KazakhstanCalendar calendar) {
        this.calls = calls;
        this.reference = reference;
        this.calendar = calendar;
    }

    @GetMapping
    String log(Model model) {
        model.addAttribute("calls", calls.latest());
        return "hotline/calls";
    }

    @GetMapping("/routed")
    String routed(Model model) {
        model.addAttribute("calls", calls.routedToMe());
        return "hotline/routed";
    }

    @GetMapping("/calls/new")
    @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
    String form(Model model) {
        model.addAttribute("call", new NewCall(Channel.CALL, false, SpokenLanguage.KAZAKH, false, "", "", "", null, false, false));
        return formData(model);
    }

    @PostMapping("/calls")
    String logCall(@Valid @ModelAttribute("call") NewCall call, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = calls.log(call);
                redirect.addFlashAttribute("notice", call.callerInDanger() ? "hotline.call.logged-urgent" : "hotline.call.logged");
                return "redirect:/hotline/calls/" + id;
            } catch (DomainProblem problem) {
                errors.rejectValue(problem.field(), problem.getMessage());
            }
        }
        return formData(model);
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable long id, Model model) {
        model.addAttribute("c", calls.call(id));
        model.addAttribute("today", calendar.today());
        model.addAttribute("kinds", RouteKind.values());
        model.addAttribute("outcomes", RouteOutcome.values());
        model.addAttribute("targets", agencies(TARGETS));
        return "hotline/call";
    }

    @PostMapping("/calls/{id}/routes")
    @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
    String route(@PathVariable long id, @Valid NewRoute route, BindingResult errors, RedirectAttributes redirect) {
        return step(id, errors, redirect, "hotline.route.saved", () -> calls.route(id, route));
    }

    @PostMapping("/calls/{id}/routes/{routeId}/outcome")
    String outcome(@PathVariable long id, @PathVariable long routeId, @Valid RouteResult result, BindingResult errors,
                   RedirectAttributes redirect) {
        return step(id, errors, redirect, "hotline.route.outcome-saved", () -> calls.recordOutcome(id, routeId, result));
    }

    private static String step(long id, BindingResult errors, RedirectAttributes redirect, String notice, Runnable action) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("alert", "hotline.form.invalid");
            redirect.addFlashAttribute("alertFields", errors.getFieldErrors().stream().map(e -> e.getField()).distinct().toList());
            return "redirect:/hotline/calls/" + id;
        }
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainProblem problem) {
            if (problem.type() == kz.koshi.shared.ProblemType.NOT_FOUND) {
                throw problem;
            }
            redirect.addFlashAttribute("alert", problem.getMessage());
        }
        return "redirect:/hotline/calls/" + id;
    }

    private List<Agency> agencies(Set<AgencyType> types) {
        return reference.agencies().stream().filter(a -> a.active() && types.contains(a.type())).toList();
    }

    private String formData(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("languages", SpokenLanguage.values());
        model.addAttribute("classes", CallClass.values());
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        return "hotline/call-form";
    }
}
