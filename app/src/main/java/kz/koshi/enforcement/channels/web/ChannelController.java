package kz.koshi.enforcement.channels.web;

import java.util.stream.IntStream;

import jakarta.validation.Validator;
import kz.koshi.border.BorderRecords;
import kz.koshi.enforcement.channels.ChannelFilter;
import kz.koshi.enforcement.channels.ChannelRegister;
import kz.koshi.enforcement.channels.NewChannel;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register's pages: the list with its filters, the form for a channel, a channel's page. */
@Controller
@RequestMapping("/enforcement/channels")
class ChannelController {

    private final ChannelRegister register;
    private final ReferenceData reference;
    private final BorderRecords border;
    private final KazakhstanCalendar calendar;
    private final Validator validator;

    ChannelController(ChannelRegister register, ReferenceData reference, BorderRecords border, KazakhstanCalendar calendar,
                      Validator validator) {
        this.register = register;
        this.reference = reference;
        this.border = border;
        this.calendar = calendar;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                @RequestParam(required = false) String country, Model model) {
        ChannelFilter filter = new ChannelFilter(year, region, country);
        model.addAttribute("channels", register.list(filter));
        model.addAttribute("filter", filter);
        int thisYear = calendar.today().getYear();
        model.addAttribute("years", IntStream.rangeClosed(0, 9).map(i -> thisYear - i).boxed().toList());
        return choices(model, "enforcement/channels");
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('MIGRATION_OFFICER') or hasRole('BORDER_OFFICER')")
    String form(Model model) {
        model.addAttribute("channel", ChannelForm.blank());
        return choices(model, "enforcement/channel-form");
    }

    @PostMapping
    @PreAuthorize("hasRole('MIGRATION_OFFICER') or hasRole('BORDER_OFFICER')")
    String record(@ModelAttribute("channel") ChannelForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        NewChannel command = errors.hasErrors() ? null : form.command();
        if (command != null) {
            BeanPropertyBindingResult checked = new BeanPropertyBindingResult(command, "channel");
            new SpringValidatorAdapter(validator).validate(command, checked);
            // An element's error ("routeCountries[1]") is the error of the list's field on the form.
            checked.getFieldErrors().forEach(e -> errors.rejectValue(e.getField().replaceAll("\\[.*$", ""), e.getCode(),
                    e.getArguments(), e.getDefaultMessage()));
        }
        if (!errors.hasErrors()) {
            try {
                long id = register.record(command);
                redirect.addFlashAttribute("notice", "enforcement.channel.recorded");
                return "redirect:/enforcement/channels/" + id;
            } catch (DomainProblem problem) {
                errors.rejectValue(problem.field() == null ? null : problem.field(), problem.getMessage(), problem.arguments(), null);
            }
        }
        return choices(model, "enforcement/channel-form");
    }

    @GetMapping("/{id}")
    String channel(@PathVariable long id, Model model) {
        model.addAttribute("c", register.channel(id));
        return "enforcement/channel";
    }

    private String choices(Model model, String view) {
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        model.addAttribute("countries", reference.countries());
        model.addAttribute("checkpoints", border.checkpoints());
        model.addAttribute("countryStops", IntStream.range(0, ChannelForm.COUNTRY_STOPS).boxed().toList());
        model.addAttribute("checkpointStops", IntStream.range(0, ChannelForm.CHECKPOINT_STOPS).boxed().toList());
        return view;
    }
}
