package kz.koshi.reporting.web;

import java.util.Set;

import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import kz.koshi.shared.web.ByName;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a filter form offers: the regions and countries by name, the sexes and age groups; only the filters carried. */
@Component
class FilterChoices {

    private final ReferenceData reference;
    private final ByName byName;
    private final KazakhstanCalendar calendar;

    FilterChoices(ReferenceData reference, ByName byName, KazakhstanCalendar calendar) {
        this.reference = reference;
        this.byName = byName;
        this.calendar = calendar;
    }

    void offer(Model model, Set<String> carried) {
        model.addAttribute("carriedFilters", carried);
        model.addAttribute("regions", byName.sorted(reference.regionsOn(calendar.today())));
        model.addAttribute("countries", byName.sorted(reference.countries()));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ageGroups", AgeGroup.values());
    }
}
