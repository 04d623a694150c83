package kz.koshi.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import kz.koshi.shared.Sex;
import kz.koshi.shared.translit.TransliterationScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

    private final NameBank names = NameBank.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Ахметов, Ахметова", "Тоқаев, Тоқаева", "Мусин, Мусина", "Соловьёв, Соловьёва",
        "Покровский, Покровская", "Толстой, Толстая", "Серікұлы, Серікқызы", "Ким, Ким", "Шевченко, Шевченко",
        "Шарифзода, Шарифзода", "Бектұрсын, Бектұрсын"})
    void womenTakeTheFemaleSurnameForm(String male, String female) {
        assertThat(SurnameForms.femaleCyrillic(male)).isEqualTo(female);
    }

    @Test
    void latinNativeSurnamesChangeOnlyWhereTheLanguageDoes() {
        assertThat(SurnameForms.female(new NamePart("Алиев", "Əliyev"))).isEqualTo(new NamePart("Алиева", "Əliyeva"));
        assertThat(SurnameForms.female(new NamePart("Йылмаз", "Yılmaz"))).isEqualTo(new NamePart("Йылмаз", "Yılmaz"));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({"Сергей, Сергеевич, Сергеевна", "Дмитрий, Дмитриевич, Дмитриевна", "Игорь, Игоревич, Игоревна",
        "Иван, Иванович, Ивановна", "Нұрлан, Нұрланович, Нұрлановна", "Абдулла, Абдуллаевич, Абдуллаевна",
        "Юрий, Юрьевич, Юрьевна", "Илья, Ильич, Ильинична", "Пётр, Петрович, Петровна", "Лев, Львович, Львовна"})
    void russianStylePatronymics(String father, String son, String daughter) {
        assertThat(PatronymicStyle.russian(father, Sex.MALE, names)).isEqualTo(son);
        assertThat(PatronymicStyle.russian(father, Sex.FEMALE, names)).isEqualTo(daughter);
    }

    @Test
    void centralAsianPatronymicsMixNationalAndRussianStyle() {
        Dice dice = new Dice(1);
        java.util.Set<String> kazakh = new java.util.TreeSet<>();
        java.util.Set<String> uzbek = new java.util.TreeSet<>();
        java.util.Set<String> kyrgyz = new java.util.TreeSet<>();
        for (int i = 0; i < 200; i++) {
            kazakh.add(PatronymicStyle.KAZAKH.of("Нұрлан", i % 2 == 0 ? Sex.MALE : Sex.FEMALE, dice, names));
            uzbek.add(PatronymicStyle.UZBEK.of("Шерзод", i % 2 == 0 ? Sex.MALE : Sex.FEMALE, dice, names));
            kyrgyz.add(PatronymicStyle.KYRGYZ.of("Бакыт", i % 2 == 0 ? Sex.MALE : Sex.FEMALE, dice, names));
        }
        assertThat(kazakh).containsExactlyInAnyOrder("Нұрланұлы", "Нұрланқызы", "Нұрланович", "Нұрлановна");
        assertThat(uzbek).containsExactlyInAnyOrder("Шерзод ўғли", "Шерзод қизи", "Шерзодович", "Шерзодовна");
        assertThat(kyrgyz).containsExactlyInAnyOrder("Бакыт уулу", "Бакыт кызы", "Бакытович", "Бакытовна");
        assertThat(PatronymicStyle.NONE.of("Wei", Sex.MALE, dice, names)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Айгүл, Айгуль", "Әсел, Асель", "Ләззат, Ляззат", "Нұрсұлтан, Нурсултан", "Ғалымқызы, Галымкызы",
        "Ҷамшед, Джамшед", "Раҳимов, Рахимов", "Ўткир, Уткир", "Өмүрбеков, Омурбеков", "Шыңғыс, Шынгыс",
        "Іляс, Иляс", "Иван, Иван"})
    void russifiedSpellings(String national, String russified) {
        assertThat(Spelling.russify(national)).isEqualTo(russified);
    }

    @Test
    void passportSpellingIsUpperCaseWithoutApostrophes() {
        assertThat(Spelling.passport(NamePart.cyrillic("Ўткир"), TransliterationScheme.UZBEK_LATIN)).isEqualTo("OTKIR");
        assertThat(Spelling.passport(new NamePart("Йылмаз", "Yılmaz"), TransliterationScheme.ICAO_9303))
                .isEqualTo("YILMAZ");
        assertThat(Spelling.title("IUSUPOV SHERZOD-BEK")).isEqualTo("Iusupov Sherzod-Bek");
    }

    @Test
    void everyPeopleHasNamesForBothSexesAndSurnames() {
        for (People people : People.values()) {
            assertThat(names.given(people, Sex.MALE)).as(people + " men").hasSizeGreaterThan(5);
            assertThat(names.given(people, Sex.FEMALE)).as(people + " women").hasSizeGreaterThan(5);
            assertThat(names.surnames(people)).as(people + " surnames").hasSizeGreaterThan(9);
        }
        assertThat(names.given(People.CHINESE, Sex.MALE).getFirst()).isEqualTo(new NamePart("Вэй", "Wei"));
        assertThat(names.shortForms("Александр")).contains("Саша");
        assertThat(names.cities()).extracting(City::latin).contains("Almaty", "Astana", "Shymkent");
    }
}
