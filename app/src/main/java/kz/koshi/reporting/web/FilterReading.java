package kz.koshi.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import kz.koshi.reference.ReferenceData;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link FilterForm} into a {@link ReportFilter}: an empty period is this year in Astana up to today; a date
 * that is not one, lies outside the dates of events (30 years back to today), or a period that ends before it starts,
 * an unknown region, country, sex or age group, is a field error (the message key), never a different count.
 */
@Component
class FilterReading {

    private static final int LONGEST_CODE = 40;

    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    FilterReading(ReferenceData reference, KazakhstanCalendar calendar) {
        this.reference = reference;
        this.calendar = calendar;
    }

    record FieldProblem(String field, String messageKey) {
    }

    record Read(ReportFilter filter, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    Read read(FilterForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = calendar.today();
        LocalDate from = day(form.from(), today.withDayOfYear(1), today, "from", problems);
        LocalDate to = day(form.to(), today, today, "to", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("to", "reporting.filter.period.reversed"));
        }
        String region = code(form.region(), c -> reference.allRegions().stream().anyMatch(r -> r.code().equals(c)) ? c : null,
                "region", "reporting.filter.region.unknown", problems);
        String citizenship = code(form.citizenship(), c -> reference.country(c.toUpperCase()).map(k -> k.alpha3()).orElse(null),
                "citizenship", "reporting.filter.citizenship.unknown", problems);
        Sex sex = code(form.sex(), c -> named(Sex.values(), c), "sex", "reporting.filter.sex.unknown", problems);
        AgeGroup age = code(form.ageGroup(), c -> named(AgeGroup.values(), c), "ageGroup", "reporting.filter.age-group.unknown", problems);
        return new Read(problems.isEmpty() ? new ReportFilter(from, to, region, citizenship, sex, age) : null, List.copyOf(problems));
    }

    private static LocalDate day(String text, LocalDate otherwise, LocalDate today, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip().length() > 10 ? "not a day" : text.strip());
            if (!DateMeaning.EVENT.allows(day, today)) {
                problems.add(new FieldProblem(field, DateMeaning.EVENT.messageKey()));
                return null;
            }
            return day;
        } catch (DateTimeParseException notADay) {
            problems.add(new FieldProblem(field, "reporting.filter.date.invalid"));
            return null;
        }
    }

    private static <T> T code(String text, Function<String, T> known, String field, String key, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        T value = text.strip().length() > LONGEST_CODE ? null : known.apply(text.strip());
        if (value == null) {
            problems.add(new FieldProblem(field, key));
        }
        return value;
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
