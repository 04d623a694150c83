package kz.koshi.identity.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import kz.koshi.identity.PersonDirectory;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search by any spelling (a person number opens the person), and the person's page: who they are and each
 * module's section the viewer may see. With htmx, typing refreshes only the results.
 */
@Controller
@RequestMapping("/persons")
class PersonController {

    private final PersonDirectory directory;
    private final PersonPages pages;

    PersonController(PersonDirectory directory, PersonPages pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
        String number = q == null ? "" : q.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        boolean partial = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
        if (PersonNumber.isValid(number) && !partial) {
            return "redirect:/persons/" + number;
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("number", PersonNumber.isValid(number) ? number : null);
        model.addAttribute("hits", q == null || q.isBlank() ? null : directory.search(q));
        return partial ? "identity/search :: results" : "identity/search";
    }

    @GetMapping("/{number:KP\\d{9}}")
    String profile(@PathVariable String number, Model model) {
        PersonPages.Page page = pages.of(number);
        if (!page.person().personNumber().equals(number)) {
            return "redirect:/persons/" + page.person().personNumber();
        }
        model.addAttribute("page", page);
        return "identity/profile";
    }
}
