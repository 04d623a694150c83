package kz.koshi.recruitment.abroad;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.web.FormProblems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of citizens abroad: counts for the labour authority and the foreign ministry (its own feed, which it
 * uploads here); the persons behind a count, a person's line, returns and referrals for the labour authority only.
 */
@Controller
@RequestMapping("/recruitment/abroad")
class AbroadController {

    private final AbroadCounts counts;
    private final AbroadPersons persons;
    private final ConsularFeed feed;
    private final ReferenceData reference;
    private final Clock clock;

    AbroadController(AbroadCounts counts, AbroadPersons persons, ConsularFeed feed, ReferenceData reference, Clock clock) {
        this.counts = counts;
        this.persons = persons;
        this.feed = feed;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping
    String counts(@RequestParam(required = false) Integer year, @AuthenticationPrincipal OfficerPrincipal officer, Model model, Locale locale) {
        CountTable table = counts.counts(year);
        model.addAttribute("table", table);
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("countryNames", countryNames(table.lines().stream().map(CountTable.Line::countryCode).toList(), locale));
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 10, thisYear).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("labour", officer.has(Role.LABOUR_OFFICER));
        if (officer.has(Role.LABOUR_OFFICER)) {
            model.addAttribute("notHeardFrom", persons.notHeardFrom());
        }
        return "recruitment/abroad";
    }

    @PostMapping("/consular")
    String consular(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal OfficerPrincipal officer, Model model,
                    Locale locale) throws java.io.IOException {
        model.addAttribute("result", feed.receive(new String(file.getBytes(), StandardCharsets.UTF_8)));
        return counts(null, officer, model, locale);
    }

    @GetMapping("/persons")
    String persons(@RequestParam(required = false) Integer year, @RequestParam(required = false) String country,
                   @RequestParam(required = false) LegalStatus status, Model model, Locale locale) {
        List<PersonLine> lines = persons.lines(year, country, status);
        model.addAttribute("lines", lines);
        model.addAttribute("year", year);
        model.addAttribute("country", country);
        model.addAttribute("status", status);
        model.addAttribute("limit", AbroadPersons.LIMIT);
        model.addAttribute("countryNames", countryNames(lines.stream().map(l -> l.stay().countryCode()).toList(), locale));
        return "recruitment/abroad-persons";
    }

    @GetMapping("/stays/{id}")
    String stay(@PathVariable long id, Model model, Locale locale) {
        return page(id, new ReturnForm(null), new ReturnReferral(null, null, null), model, locale);
    }

    @PostMapping("/stays/{id}/return")
    String returned(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult errors, Model model,
                    Locale locale, RedirectAttributes redirect) {
        if (FormProblems.attempt(() -> persons.reportedBack(id, form.returnedOn()), errors)) {
            redirect.addFlashAttribute("notice", "abroad.return.done");
            return "redirect:/recruitment/abroad/stays/" + id;
        }
        return page(id, form, new ReturnReferral(null, null, null), model, locale);
    }

    @PostMapping("/stays/{id}/referral")
    String refer(@PathVariable long id, @ModelAttribute("referral") ReturnReferral referral, BindingResult errors, Model model,
                 Locale locale, RedirectAttributes redirect) {
        if (FormProblems.attempt(() -> persons.refer(id, referral), errors)) {
            redirect.addFlashAttribute("notice", "abroad.referral.done");
            return "redirect:/recruitment/abroad/stays/" + id;
        }
        return page(id, new ReturnForm(null), referral, model, locale);
    }

    private String page(long id, ReturnForm form, ReturnReferral referral, Model model, Locale locale) {
        PersonLine line = persons.line(id);
        model.addAttribute("line", line);
        model.addAttribute("countryNames", countryNames(java.util.Collections.singletonList(line.stay().countryCode()), locale));
        model.addAttribute("returnForm", form);
        model.addAttribute("referral", referral);
        model.addAttribute("regions", reference.regionsOn(LocalDate.now(clock)));
        return "recruitment/abroad-stay";
    }

    private Map<String, String> countryNames(List<String> codes, Locale locale) {
        Map<String, String> names = new TreeMap<>();
        codes.stream().filter(java.util.Objects::nonNull).distinct()
                .forEach(c -> names.put(c, reference.country(c).map(country -> country.name().in(locale)).orElse(c)));
        return names;
    }
}
