package kz.koshi.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The deliberate look-alikes of {@link HardNegatives}, as they come out in persons.csv. */
class HardNegativesInOutputTest {

    private final Map<String, Map<String, String>> persons = GeneratedPopulation.get().persons;

    Map<String, List<Map<String, String>>> groups(String tag) {
        return persons.values().stream().filter(p -> p.get("kind").startsWith(tag + ":"))
                .collect(Collectors.groupingBy(p -> p.get("kind").substring(p.get("kind").indexOf(':') + 1)));
    }

    @Test
    void namesakesShareNameSexAndBirthYearOnly() {
        assertThat(groups("namesake")).hasSizeGreaterThan(20).allSatisfy((group, members) -> {
            assertThat(members).hasSizeBetween(2, 3);
            assertThat(members).extracting(p -> p.get("surname") + "|" + p.get("given_name") + "|" + p.get("sex")
                    + "|" + p.get("birth_date").substring(0, 4)).containsOnly(members.getFirst().get("surname") + "|"
                            + members.getFirst().get("given_name") + "|" + members.getFirst().get("sex") + "|"
                            + members.getFirst().get("birth_date").substring(0, 4));
            assertThat(members).extracting(p -> p.get("document_number")).doesNotHaveDuplicates();
        });
    }

    @Test
    void twinsShareBirthDateAddressAndPhoneButNotGivenName() {
        assertThat(groups("twin")).hasSizeGreaterThan(10).allSatisfy((group, twins) -> {
            assertThat(twins).hasSize(2);
            assertThat(twins.get(0).get("birth_date")).isEqualTo(twins.get(1).get("birth_date"));
            assertThat(twins.get(0).get("address")).isEqualTo(twins.get(1).get("address"));
            assertThat(twins.get(0).get("phone")).isEqualTo(twins.get(1).get("phone"));
            assertThat(twins.get(0).get("given_name")).isNotEqualTo(twins.get(1).get("given_name"));
            if (!twins.get(0).get("national_id").isEmpty()) {
                assertThat(twins.get(0).get("national_id")).isNotEqualTo(twins.get(1).get("national_id"));
            }
        });
    }

    @Test
    void sonsCarryTheirFathersNameAndPatronymicFromIt() {
        Map<String, List<Map<String, String>>> fathers = groups("father");
        Map<String, List<Map<String, String>>> sons = groups("son");
        assertThat(fathers).hasSizeGreaterThan(10);
        assertThat(sons.keySet()).isEqualTo(fathers.keySet());
        fathers.forEach((group, list) -> {
            Map<String, String> father = list.getFirst();
            Map<String, String> son = sons.get(group).getFirst();
            assertThat(son.get("given_name")).isEqualTo(father.get("given_name"));
            assertThat(son.get("surname")).isEqualTo(father.get("surname"));
            assertThat(LocalDate.parse(son.get("birth_date")))
                    .isAfterOrEqualTo(LocalDate.parse(father.get("birth_date")).plusYears(21));
            if (!son.get("patronymic").isEmpty()) {
                String stem = father.get("given_name").replace('ё', 'е').substring(0, 2); // Пётр: Петрович
                assertThat(son.get("patronymic")).startsWith(stem);
            }
        });
    }

    @Test
    void spousesShareSurnameInMaleAndFemaleFormAddressAndPhone() {
        assertThat(groups("spouse")).hasSizeGreaterThan(20).allSatisfy((group, couple) -> {
            Map<String, String> husband = member(couple, "M");
            Map<String, String> wife = member(couple, "F");
            // Cyrillic-native golden names take -а in Cyrillic; Azerbaijani ones (Latin-native) in Latin
            assertThat(wife.get("surname")).isIn(SurnameForms.femaleCyrillic(husband.get("surname")),
                    latinFemale(husband.get("surname")));
            assertThat(wife.get("address")).isEqualTo(husband.get("address"));
            assertThat(wife.get("phone")).isEqualTo(husband.get("phone"));
        });
    }

    private static Map<String, String> member(List<Map<String, String>> couple, String sex) {
        return couple.stream().filter(p -> p.get("sex").equals(sex)).findFirst().orElseThrow();
    }

    private static String latinFemale(String latinMale) {
        return latinMale.endsWith("ov") || latinMale.endsWith("ev") ? latinMale + "a" : latinMale;
    }
}
