package kz.koshi.reporting.open.suppression;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.ReportFilter;
import kz.koshi.reporting.open.suppression.Attacker.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacker test: a year of victims identified, published like open data (each month and the year, by region, sex,
 * age group, month and in total) through the Disclosure, then attacked with everything shown. No hidden count of 1-4
 * may be pinned or bounded away from 0 or from 5; with small cells hidden alone the same attack wins.
 */
class AttackerTest {

    static final int YEAR = 2025;
    static final List<String> REGIONS = List.of("ALA", "AST", "SHY", "KAR");
    static final List<String> SEXES = List.of("FEMALE", "MALE");
    static final List<String> AGES = List.of("UNDER_18", "FROM_18_TO_29", "FROM_30_TO_44");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17})
    void everyHiddenSmallCountStaysFreeBetweenZeroAndFive(long seed) {
        List<Person> people = people(seed);
        List<FigureTable> tables = publication(people);
        List<PublishedTable> published = disclosure().publish(tables);
        Attacker attacker = new Attacker(crossTable(), published);
        int attacked = 0;
        for (PublishedTable table : published) {
            for (String key : hiddenSmall(table)) {
                Interval bounds = attacker.bounds(table, key);
                assertThat(ProtectionRule.protects(bounds)).as("%s %s %s: %s", table.table().by(),
                        table.table().filter().from(), key, bounds).isTrue();
                attacked++;
            }
        }
        for (PublishedTable table : published) {
            for (String key : table.suppressedKeys()) {
                assertThat(attacker.bounds(table, key).exact()).as("hidden %s %s %s recovered exactly",
                        table.table().by(), table.table().filter().from(), key).isFalse();
            }
        }
        assertThat(attacked).as("the data has small counts to attack").isGreaterThanOrEqualTo(10);
        assertThat(shown(published)).as("the publication still shows most numbers").isGreaterThan(hidden(published));
    }

    @Test
    void smallCountsHiddenAloneAreGivenAwayByTheOtherTablesAndPeriods() {
        List<FigureTable> tables = publication(people(1));
        List<PublishedTable> primaryOnly = tables.stream().map(t -> new PublishedTable(t,
                t.cells().stream().filter(c -> ProtectionRule.small(c.count())).map(Cell::key).collect(Collectors.toSet()),
                ProtectionRule.small(t.total()))).toList();
        Attacker attacker = new Attacker(crossTable(), primaryOnly);
        List<String> broken = new ArrayList<>();
        for (PublishedTable table : primaryOnly) {
            for (String key : hiddenSmall(table)) {
                Interval bounds = attacker.bounds(table, key);
                if (!ProtectionRule.protects(bounds)) {
                    broken.add(table.table().by() + " " + table.table().filter().from() + " " + key + " " + bounds);
                }
            }
        }
        assertThat(broken).as("hidden small counts the attacker pins or bounds").isNotEmpty();
        assertThat(broken).anyMatch(b -> b.matches(".*low=(\\d+), high=\\1\\]"));
    }

    static Disclosure disclosure() {
        try {
            var constructor = Class.forName("kz.koshi.reporting.open.SuppressingDisclosure").getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Disclosure) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** About 30 people a month, most in two regions, so that small counts are common. */
    static List<Person> people(long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int count = 15 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                LocalDate day = YearMonth.of(YEAR, month).atDay(1 + random.nextInt(28));
                people.add(new Person(day, REGIONS.get(Math.min(random.nextInt(6), 3)),
                        SEXES.get(random.nextInt(10) < 7 ? 0 : 1), AGES.get(random.nextInt(AGES.size()))));
            }
        }
        return people;
    }

    /** Every month and the year, by each dimension. */
    static List<FigureTable> publication(List<Person> people) {
        List<FigureTable> tables = new ArrayList<>();
        for (int month = 1; month <= 13; month++) {
            LocalDate from = month == 13 ? LocalDate.of(YEAR, 1, 1) : YearMonth.of(YEAR, month).atDay(1);
            LocalDate to = month == 13 ? LocalDate.of(YEAR, 12, 31) : YearMonth.of(YEAR, month).atEndOfMonth();
            List<Person> in = people.stream().filter(p -> !p.day().isBefore(from) && !p.day().isAfter(to)).toList();
            ReportFilter filter = ReportFilter.period(from, to);
            tables.add(table(Dimension.TOTAL, filter, in, p -> "TOTAL", List.of("TOTAL")));
            tables.add(table(Dimension.REGION, filter, in, Person::region, REGIONS));
            tables.add(table(Dimension.SEX, filter, in, Person::sex, SEXES));
            tables.add(table(Dimension.AGE_GROUP, filter, in, Person::age, AGES));
            if (month == 13) {
                List<String> months = java.util.stream.IntStream.rangeClosed(1, 12)
                        .mapToObj(m -> YearMonth.of(YEAR, m).toString()).toList();
                tables.add(table(Dimension.MONTH, filter, in, p -> YearMonth.from(p.day()).toString(), months));
            }
        }
        return tables;
    }

    private static FigureTable table(Dimension by, ReportFilter filter, List<Person> in, Function<Person, String> key,
            List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0L));
        in.forEach(p -> counts.merge(key.apply(p), 1L, Long::sum));
        return new FigureTable(Figure.VICTIMS_IDENTIFIED, by, filter,
                counts.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue())).toList());
    }

    /** One cross-table cell per day is what a person can be told apart by; a month's days are one cell here. */
    static List<Person> crossTable() {
        List<Person> cells = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (String region : REGIONS) {
                for (String sex : SEXES) {
                    for (String age : AGES) {
                        cells.add(new Person(YearMonth.of(YEAR, month).atDay(1), region, sex, age));
                    }
                }
            }
        }
        return cells;
    }

    private static Set<String> hiddenSmall(PublishedTable table) {
        Set<String> keys = table.table().cells().stream()
                .filter(c -> table.suppressed(c.key()) && ProtectionRule.small(c.count())).map(Cell::key)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return keys;
    }

    private static long shown(List<PublishedTable> published) {
        return published.stream().mapToLong(p -> p.table().cells().size() - p.suppressedKeys().size()).sum();
    }

    private static long hidden(List<PublishedTable> published) {
        return published.stream().mapToLong(p -> p.suppressedKeys().size()).sum();
    }
}
