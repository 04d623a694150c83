package kz.koshi.access;

import java.util.Arrays;
import java.util.Set;

import jakarta.validation.Valid;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
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

@Controller
@RequestMapping("/admin/officers")
class OfficerAdminController {

    private final Officers officers;
    private final ReferenceData reference;

    OfficerAdminController(Officers officers, ReferenceData reference) {
        this.officers = officers;
        this.reference = reference;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", officers.all());
        return "access/officers";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("officer", new NewOfficer("", "", "", Set.of(), ""));
        return formData(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("officer") NewOfficer officer, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formData(model);
        }
        try {
            officers.create(officer);
        } catch (DomainProblem problem) {
            errors.rejectValue(problem.field(), problem.getMessage());
            return formData(model);
        }
        redirect.addFlashAttribute("notice", "officer.created");
        return "redirect:/admin/officers";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        officers.setEnabled(id, enabled);
        redirect.addFlashAttribute("notice", enabled ? "officer.enabled" : "officer.disabled");
        return "redirect:/admin/officers";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            officers.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "officer.password.reset");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
        }
        return "redirect:/admin/officers";
    }

    private String formData(Model model) {
        model.addAttribute("agencies", reference.agencies());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "access/officer-form";
    }
}
