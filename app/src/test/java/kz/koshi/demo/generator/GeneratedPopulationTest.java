package kz.koshi.demo.generator;

import static kz.koshi.demo.generator.GeneratedPopulation.share;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.shared.Iin;
import kz.koshi.shared.translit.Scripts;
import org.junit.jupiter.api.Test;

/** Checks one generated population for validity, realism and each feed's conventions. */
class GeneratedPopulationTest {

    private final GeneratedPopulation population = GeneratedPopulation.get();
    private final Map<String, Map<String, String>> persons = population.persons;
    private final List<Map<String, String>> records = population.records;

    @Test
    void everyNationalIdIsAValidIinMatchingBirthDateAndSex() {
        assertThat(records).filteredOn(r -> !r.get("national_id").isEmpty())
                .allSatisfy(r -> assertThat(Iin.isValid(r.get("national_id"))).as(r.toString()).isTrue());
        assertThat(persons.values()).filteredOn(p -> p.get("citizenship").equals("KAZ"))
                .allSatisfy(p -> assertThat(p.get("national_id")).isNotEmpty());
        assertThat(persons.values()).filteredOn(p -> !p.get("national_id").isEmpty()).allSatisfy(p -> {
            Iin iin = Iin.of(p.get("national_id"));
            assertThat(iin.birthDate()).hasToString(p.get("birth_date"));
            assertThat(iin.sex().code()).isEqualTo(p.get("sex"));
        });
    }

    @Test
    void theMixLooksLikeKazakhstansMigrationPicture() {
        Map<String, Long> byCitizenship = persons.values().stream()
                .collect(Collectors.groupingBy(p -> p.get("citizenship"), Collectors.counting()));
        assertThat(byCitizenship).containsKeys("KAZ", "UZB", "RUS", "KGZ", "TJK", "CHN", "TUR", "AFG", "AZE");
        assertThat(byCitizenship.get("KAZ") / (double) GeneratedPopulation.PERSONS).isBetween(0.35, 0.55);
        assertThat(byCitizenship.get("UZB")).isGreaterThan(byCitizenship.get("RUS"));
        assertThat(records.size() / (double) GeneratedPopulation.PERSONS).as("records per person").isBetween(1.8, 3.2);
    }

    @Test
    void surnamesAndPatronymicsAgreeWithSex() {
        assertThat(persons.values()).filteredOn(p -> p.get("sex").equals("F"))
                .allSatisfy(p -> assertThat(p.get("surname")).doesNotEndWith("ов").doesNotEndWith("ев")
                        .doesNotEndWith("ұлы"))
                .filteredOn(p -> !p.get("patronymic").isEmpty())
                .allSatisfy(p -> assertThat(p.get("patronymic")).matches(".*(овна|евна|ична|қызы| қизи| кызы)"));
        assertThat(persons.values()).filteredOn(p -> p.get("sex").equals("M"))
                .allSatisfy(p -> assertThat(p.get("surname")).doesNotEndWith("ова").doesNotEndWith("ева"))
                .filteredOn(p -> !p.get("patronymic").isEmpty())
                .allSatisfy(p -> assertThat(p.get("patronymic")).matches(".*(ович|евич|ич|ұлы| ўғли| уулу)"));
    }

    @Test
    void everyFeedKeepsItsConventions() {
        assertThat(population.feed("border")).allSatisfy(r -> {
            assertThat(r.get("surname") + " " + r.get("given_name")).matches("[A-Z][A-Z -]*");
            assertThat(r.get("birth_date")).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r.get("document_number")).isNotEmpty();
            assertThat(r.get("patronymic") + r.get("address") + r.get("phone")).isEmpty();
        });
        assertThat(share(population.feed("migration_police"), r -> Scripts.isCyrillic(r.get("surname")))).isOne();
        assertThat(population.feed("migration_police")).allSatisfy(r -> assertThat(r.get("address")).startsWith("г. "));
        assertThat(population.feed("hotel")).allSatisfy(r -> assertThat(r.get("surname") + r.get("given_name"))
                .doesNotContainPattern("\\p{IsCyrillic}"));
        assertThat(share(population.feed("hotel"), r -> !r.get("surname").equals(r.get("surname").toUpperCase())))
                .as("hotel names in mixed case").isGreaterThan(0.9);
        assertThat(population.feed("labour")).allSatisfy(r -> assertThat(r.get("document_number")).isNotEmpty());
        assertThat(population.feed("crisis_centre")).allSatisfy(r -> assertThat(r.get("document_number")).isEmpty());
        assertThat(population.feed("career_centre")).allSatisfy(r -> assertThat(r.get("citizenship")).isEqualTo("KAZ"));
        assertThat(share(population.feed("career_centre"), r -> Iin.isValid(r.get("national_id"))))
                .isGreaterThan(0.95);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("sex")).isIn("M", "F", "");
            assertThat(r.get("citizenship")).matches("[A-Z]{3}|");
            assertThat(r.get("phone").replaceAll("\\D", "")).matches("[78]7\\d{9}|");
        });
    }
}
