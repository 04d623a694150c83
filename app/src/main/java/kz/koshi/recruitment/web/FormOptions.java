package kz.koshi.recruitment.web;

import kz.koshi.recruitment.PersonRole;
import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the application form: countries abroad (not Kazakhstan) and the roles of persons behind an agency. */
@Component
class FormOptions {

    private final ReferenceData reference;

    FormOptions(ReferenceData reference) {
        this.reference = reference;
    }

    void addTo(Model model) {
        model.addAttribute("countries", reference.countries().stream().filter(c -> !"KAZ".equals(c.alpha3())).toList());
        model.addAttribute("roles", PersonRole.values());
    }
}
