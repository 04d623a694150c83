package kz.koshi.demo.generator;

import static kz.koshi.demo.generator.GeneratedPopulation.share;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.koshi.shared.translit.Scripts;
import kz.koshi.shared.translit.TransliterationScheme;
import org.junit.jupiter.api.Test;

/**
 * The corruptions the feeds promise, measured against the truth: present, but at rates that leave
 * most records recognisable.
 */
class CorruptionRatesTest {

    private final GeneratedPopulation population = GeneratedPopulation.get();

    @Test
    void dayAndMonthAreSwappedNowAndThen() {
        List<Map<String, String>> full = Stream.of("migration_police", "labour", "hotel", "career_centre")
                .flatMap(s -> population.feed(s).stream()).filter(r -> r.get("birth_date").length() == 10).toList();
        double swapped = share(full, r -> {
            LocalDate truth = LocalDate.parse(population.golden(r).get("birth_date"));
            return r.get("birth_date").equals(String.format("%04d-%02d-%02d", truth.getYear(),
                    truth.getDayOfMonth(), truth.getMonthValue())) && truth.getDayOfMonth() != truth.getMonthValue();
        });
        double exact = share(full, r -> r.get("birth_date").equals(population.golden(r).get("birth_date")));
        assertThat(swapped).isBetween(0.003, 0.05);
        assertThat(exact + swapped).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void crisisCentresMostlyKnowOnlyTheYearAndOftenNoSurname() {
        List<Map<String, String>> crisis = population.feed("crisis_centre");
        assertThat(crisis).hasSizeGreaterThan(100);
        assertThat(share(crisis, r -> r.get("birth_date").matches("\\d{4}(-\\d{2})?"))).isBetween(0.6, 0.9);
        assertThat(share(crisis, r -> r.get("surname").isEmpty())).isBetween(0.35, 0.65);
        Set<String> shortForms = Set.of("Саша", "Шура", "Лёша", "Алёша", "Дима", "Женя", "Миша", "Коля", "Вова",
                "Володя", "Серёжа", "Ваня", "Паша", "Костя", "Слава", "Стас", "Катя", "Лена", "Наташа", "Таня", "Оля",
                "Маша", "Настя", "Юля", "Ира", "Света", "Аня", "Ксюша", "Вика", "Даша", "Лиза", "Нурик", "Бауке",
                "Айка", "Маржан", "Жаке", "Абдул", "Ислом", "Шоха", "Фирдав", "Гуля", "Зара");
        assertThat(crisis).anySatisfy(r -> assertThat(shortForms).contains(r.get("given_name")));
    }

    @Test
    void hotelClerksSwapNameOrderAndMistype() {
        List<Map<String, String>> hotel = population.feed("hotel");
        double swapped = share(hotel, r -> key(r.get("given_name")).equals(key(surname(population.golden(r))))
                && !key(r.get("given_name")).equals(key(given(population.golden(r)))));
        double recognisable = share(hotel, r -> sorted(key(r.get("surname")), key(r.get("given_name")))
                .equals(sorted(key(surname(population.golden(r))), key(given(population.golden(r))))));
        assertThat(swapped).isBetween(0.05, 0.25);
        assertThat(recognisable).as("name keys still agree with the truth").isBetween(0.6, 0.95);
    }

    @Test
    void borderUsesMoreThanOneSchemeForTheSameCountry() {
        List<Map<String, String>> russians = population.feed("border").stream()
                .filter(r -> r.get("citizenship").equals("RUS")).toList();
        long icaoOnly = russians.stream().filter(r -> spelled(r, TransliterationScheme.ICAO_9303)
                && !spelled(r, TransliterationScheme.RUSSIAN_PASSPORT_1997)).count();
        long oldOnly = russians.stream().filter(r -> spelled(r, TransliterationScheme.RUSSIAN_PASSPORT_1997)
                && !spelled(r, TransliterationScheme.ICAO_9303)).count();
        assertThat(icaoOnly).isPositive();
        assertThat(oldOnly).isPositive();
    }

    @Test
    void renewedPassportsAndMaidenNamesLeaveOldValuesOnSomeRecords() {
        List<Map<String, String>> withDocuments = Stream.of("border", "migration_police", "labour")
                .flatMap(s -> population.feed(s).stream()).toList();
        double oldPassport = share(withDocuments, r -> !r.get("document_number").replace(" ", "")
                .equalsIgnoreCase(population.golden(r).get("document_number")));
        assertThat(oldPassport).isBetween(0.01, 0.12);

        List<Map<String, String>> women = population.records.stream()
                .filter(r -> population.golden(r).get("sex").equals("F") && !r.get("surname").isEmpty()).toList();
        double otherSurname = share(women, r -> distance(key(r.get("surname")), key(surname(population.golden(r)))) > 2
                && !key(r.get("given_name")).equals(key(surname(population.golden(r)))));
        assertThat(otherSurname).as("maiden surnames on women's records").isBetween(0.01, 0.15);
    }

    @Test
    void kazakhNamesAppearBothInKazakhAndInRussifiedSpelling() {
        Map<Boolean, Long> byKazakhLetters = population.feed("migration_police").stream()
                .filter(r -> population.golden(r).get("given_name").matches(".*[әғқңөұүһі].*"))
                .collect(Collectors.partitioningBy(r -> r.get("given_name").matches("(?iu).*[әғқңөұүһі].*"),
                        Collectors.counting()));
        assertThat(byKazakhLetters.get(true)).isPositive();
        assertThat(byKazakhLetters.get(false)).isPositive();
    }

    private static boolean spelled(Map<String, String> record, TransliterationScheme scheme) {
        return record.get("surname").equals(Spelling.passport(NamePart.cyrillic(
                surname(GeneratedPopulation.get().golden(record))), scheme));
    }

    private static String surname(Map<String, String> person) {
        return person.get("surname");
    }

    private static String given(Map<String, String> person) {
        return person.get("given_name");
    }

    private static List<String> sorted(String one, String other) {
        return Stream.of(one, other).sorted().toList();
    }

    private static String key(String name) {
        return Scripts.matchKey(name);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
