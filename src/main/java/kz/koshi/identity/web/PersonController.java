package kz.koshi.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import kz.koshi.identity.PersonDirectory;
import kz.koshi.identity.PersonProfile;
import kz.koshi.identity.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search by any spelling, and the person profile. With htmx, typing refreshes only the results. */
@Controller
@RequestMapping("/persons")
class PersonController {

    private final PersonDirectory directory;
    private final MessageSource messages;

    PersonController(PersonDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", q == null || q.isBlank() ? null : directory.search(q));
        return htmx.isHtmxRequest() ? "identity/search :: results" : "identity/search";
    }

    @GetMapping("/{number:KP\\d{9}}")
    String profile(@PathVariable String number, Locale locale, Model model) {
        PersonProfile profile = directory.profile(number);
        model.addAttribute("profile", profile);
        model.addAttribute("timeline", profile.timeline().stream().map(e -> new Line(e.at(), text(e, locale))).toList());
        return "identity/profile";
    }

    /** A timeline line as the viewer reads it. */
    record Line(Instant at, String text) {
    }

    /** The entry's message, with each argument that is a message key (a state, a party, a reason) read in the viewer's language. */
    private String text(TimelineEntry entry, Locale locale) {
        Object[] arguments = entry.arguments().stream().map(a -> messages.getMessage(a, null, a, locale)).toArray();
        return messages.getMessage(entry.messageKey(), arguments, entry.messageKey(), locale);
    }
}
