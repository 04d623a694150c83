package kz.koshi.identity.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import kz.koshi.identity.PersonDirectory;
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

    PersonController(PersonDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", q == null || q.isBlank() ? null : directory.search(q));
        return htmx.isHtmxRequest() ? "identity/search :: results" : "identity/search";
    }

    @GetMapping("/{number:KP\\d{9}}")
    String profile(@PathVariable String number, Model model) {
        model.addAttribute("profile", directory.profile(number));
        return "identity/profile";
    }
}
