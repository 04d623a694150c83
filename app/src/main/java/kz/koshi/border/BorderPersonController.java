package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import kz.koshi.border.BorderCommands.BanLifting;
import kz.koshi.border.BorderCommands.NewBan;
import kz.koshi.border.BorderCommands.NewGuardian;
import kz.koshi.border.desk.BindingFailures;
import kz.koshi.identity.PersonNumber;
import kz.koshi.shared.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' person page of the border module: find a person (number or the registry's search), see their
 * entry bans and watch-list entries and lift one, add one; record a minor citizen's parent or guardian.
 */
@Controller
@RequestMapping("/border/persons")
class BorderPersonController {

    private static final String PERSON = "/{person:KP\\d{9}}";

    private final BorderPersonFiles files;
    private final BorderRecords records;
    private final Clock clock;
    private final SmartValidator validator;

    BorderPersonController(BorderPersonFiles files, BorderRecords records, Clock clock, SmartValidator validator) {
        this.files = files;
        this.records = records;
        this.clock = clock;
        this.validator = validator;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (PersonNumber.isValid(query.toUpperCase())) {
            return "redirect:/border/persons/" + query.toUpperCase();
        }
        model.addAttribute("q", query);
        model.addAttribute("hits", files.search(query));
        return "border/persons";
    }

    @GetMapping(PERSON)
    String person(@PathVariable String person, Model model) {
        return page(person, model, blankBan(person), blankGuardian(person), null, blankLifting());
    }

    @PostMapping(PERSON + "/bans")
    String ban(@PathVariable String person, @Valid @ModelAttribute("ban") NewBan ban, BindingResult errors, Model model) {
        BindingFailures.validateDespite(ban, errors, validator);
        if (!errors.hasErrors() && FormProblems.attempt(() -> records.imposeBan(ban), errors)) {
            return "redirect:/border/persons/" + person;
        }
        return page(person, model, ban, blankGuardian(person), null, blankLifting());
    }

    /** Lifting a ban lets the person cross again: the basis and a ticked confirmation are required. */
    @PostMapping(PERSON + "/bans/{id}/lifting")
    String lift(@PathVariable String person, @PathVariable long id, @Valid @ModelAttribute("lifting") BanLifting lifting,
                BindingResult errors, @RequestParam(defaultValue = "false") boolean confirmed, Model model) {
        if (!confirmed) {
            errors.reject("form.confirm.required");
        }
        if (!errors.hasErrors() && FormProblems.attempt(() -> records.liftBan(id, lifting), errors)) {
            return "redirect:/border/persons/" + person;
        }
        return page(person, model, blankBan(person), blankGuardian(person), id, lifting);
    }

    @PostMapping(PERSON + "/guardians")
    String guardian(@PathVariable String person, @Valid @ModelAttribute("guardian") NewGuardian guardian, BindingResult errors,
                    Model model) {
        if (!errors.hasErrors() && FormProblems.attempt(() -> records.recordGuardian(guardian), errors)) {
            return "redirect:/border/persons/" + person;
        }
        return page(person, model, blankBan(person), guardian, null, blankLifting());
    }

    private String page(String person, Model model, NewBan ban, NewGuardian guardian, Long liftingBan, BanLifting lifting) {
        BorderPersonFiles.PersonFile file = files.file(person);
        if (!file.person().personNumber().equals(person)) {
            return "redirect:/border/persons/" + file.person().personNumber();
        }
        model.addAttribute("file", file);
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("ban")) { // the bound form keeps its errors, also a value that could not be read
            model.addAttribute("ban", ban);
        }
        model.addAttribute("guardian", guardian);
        model.addAttribute("liftingBan", liftingBan);
        model.addAttribute("lifting", lifting);
        return "border/person";
    }

    private NewBan blankBan(String person) {
        return new NewBan(person, "ENTRY_BAN", "COURT_EXPULSION", "", LocalDate.now(clock), null);
    }

    private static NewGuardian blankGuardian(String person) {
        return new NewGuardian(person, "", "PARENT", "");
    }

    private BanLifting blankLifting() {
        return new BanLifting(LocalDate.now(clock), "");
    }
}
