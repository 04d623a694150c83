package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Figures counted from a fixed crowd of people over the last closed year (victims identified and cases opened; every
 * other figure not counted), so that every table of a publication adds up like the real ones and small cells abound.
 */
@TestConfiguration
public class PeopleFigures {

    record Person(LocalDate day, String region, String citizenship, String sex, String age) {
    }

    static final Set<Figure> COUNTED = EnumSet.of(Figure.VICTIMS_IDENTIFIED, Figure.CASES_OPENED);

    static List<Person> people(int year, long seed) {
        Random random = new Random(seed);
        List<String> regions = List.of("KZ-75", "KZ-71", "KZ-79", "KZ-55");
        List<String> countries = List.of("KAZ", "UZB", "KGZ", "TJK", "RUS");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            people.add(new Person(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)), regions.get(random.nextInt(4)),
                    countries.get(Math.min(4, (int) Math.abs(random.nextGaussian() * 1.5))),
                    random.nextInt(10) < 7 ? "FEMALE" : "MALE", random.nextInt(10) < 2 ? "UNDER_18" : "FROM_18_TO_29"));
        }
        return people;
    }

    @Bean
    @Primary
    FigureQueries peopleFigureQueries(kz.koshi.shared.KazakhstanCalendar calendar) {
        int year = calendar.today().getYear() - 1;
        Map<Figure, List<Person>> crowd = Map.of(Figure.VICTIMS_IDENTIFIED, people(year, 1), Figure.CASES_OPENED, people(year, 2));
        return new FigureQueries() {
            @Override
            public Set<Dimension> dimensions(Figure figure) {
                if (!COUNTED.contains(figure)) {
                    throw new DomainProblem(ProblemType.NOT_FOUND, "figure", "reporting.figure.not-counted");
                }
                return EnumSet.of(Dimension.TOTAL, Dimension.MONTH, Dimension.REGION, Dimension.CITIZENSHIP, Dimension.SEX,
                        Dimension.AGE_GROUP);
            }

            @Override
            public Set<String> filters(Figure figure) {
                return Set.of();
            }

            @Override
            public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
                dimensions(figure);
                List<Person> in = crowd.get(figure).stream()
                        .filter(p -> !p.day().isBefore(filter.from()) && !p.day().isAfter(filter.to())).toList();
                Function<Person, String> key = switch (by) {
                    case REGION -> Person::region;
                    case CITIZENSHIP -> Person::citizenship;
                    case SEX -> Person::sex;
                    case AGE_GROUP -> Person::age;
                    case MONTH -> p -> p.day().toString().substring(0, 7);
                    default -> p -> "TOTAL";
                };
                Map<String, Long> counts = new TreeMap<>();
                crowd.get(figure).forEach(p -> counts.put(key.apply(p), 0L));
                in.forEach(p -> counts.merge(key.apply(p), 1L, Long::sum));
                return new FigureTable(figure, by, filter, counts.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue())).toList());
            }
        };
    }
}
