package kz.koshi.stay.violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.reference.Country;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.rules.ViolationKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The queue's choices (regions in force, countries, types, statuses, sorts, penalties) and the names the rows need
 * (any region ever in force, any country), and the filter's checks against them: a region not in force today or an
 * unknown country is a field error, as is a period that ends before it starts.
 */
@Component
class QueueChoices {

    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    QueueChoices(ReferenceData reference, KazakhstanCalendar calendar) {
        this.reference = reference;
        this.calendar = calendar;
    }

    private record FieldProblem(String field, String code) {
    }

    /** The filter's problems as field errors of the form. */
    void check(QueueFilter filter, BindingResult errors) {
        problems(filter).stream().filter(p -> !errors.hasFieldErrors(p.field())).forEach(p -> errors.rejectValue(p.field(), p.code()));
    }

    /** The filter's first problem as the API's 400. */
    void require(QueueFilter filter) {
        problems(filter).stream().findFirst().ifPresent(p -> {
            throw new DomainProblem(ProblemType.VALIDATION, p.field(), p.code());
        });
    }

    private List<FieldProblem> problems(QueueFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        if (filter.region() != null && reference.regionsOn(calendar.today()).stream().noneMatch(r -> r.code().equals(filter.region()))) {
            problems.add(new FieldProblem("region", "stay.queue.region.unknown"));
        }
        if (filter.citizenship() != null && reference.country(filter.citizenship()).isEmpty()) {
            problems.add(new FieldProblem("citizenship", "stay.queue.citizenship.unknown"));
        }
        if (filter.periodReversed()) {
            problems.add(new FieldProblem("to", "stay.queue.period.reversed"));
        }
        return problems;
    }

    void addTo(Model model) {
        model.addAttribute("regions", reference.regionsOn(calendar.today()));
        model.addAttribute("regionNames", reference.allRegions().stream()
                .collect(Collectors.toMap(Region::code, Region::name, (a, b) -> a)));
        model.addAttribute("countries", reference.countries());
        Map<String, Object> countryNames = reference.countries().stream()
                .collect(Collectors.toMap(Country::alpha3, Country::name, (a, b) -> a));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("kinds", ViolationKind.values());
        model.addAttribute("statuses", QueueStatus.values());
        model.addAttribute("sources", kz.koshi.stay.ViolationSource.values());
        model.addAttribute("sorts", QueueSort.values());
        model.addAttribute("directions", SortDirection.values());
        model.addAttribute("penalties", Penalty.values());
        model.addAttribute("exportFormats", ExportFormat.values());
    }
}
