package kz.koshi.identity.engine.normal;

import static org.assertj.core.api.Assertions.assertThat;

import kz.koshi.identity.engine.IdentityRecord;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    private final NameKeys keys = new TransliterationKeys();
    private final NameForms forms = NameForms.load(keys);
    private final Normaliser normaliser = new Normaliser(keys);

    @Test
    void foldsCaseUnicodeFormAndPunctuation() {
        String decomposed = "Йо\u0301ргенсен"; // combining accent, as some feeds send
        assertThat(Folding.fold("  O'NEIL-SMITH ")).isEqualTo("oneil smith");
        assertThat(Folding.fold("ТОҚАЕВ")).isEqualTo("тоқаев");
        assertThat(Folding.fold("Йорген")).isEqualTo(Folding.fold("Йорген"));
        assertThat(Folding.fold(decomposed)).startsWith("й");
        assertThat(Folding.digits("+7 (701) 555-12-34")).isEqualTo("77015551234");
        assertThat(Folding.identifier("fa 123-4567")).isEqualTo("FA1234567");
    }

    @Test
    void transliterationVariantsOfOneNameShareAKey() {
        assertThat(keys.key(Folding.fold("IUSUPOV"))).isEqualTo(keys.key(Folding.fold("Юсупов")))
                .isEqualTo(keys.key(Folding.fold("Yusupov")));
        assertThat(keys.key(Folding.fold("Айгүл"))).isEqualTo(keys.key(Folding.fold("Айгуль")))
                .isEqualTo(keys.key(Folding.fold("AIGUL")));
    }

    @Test
    void feminineAndMasculineSurnameFormsShareAStem() {
        assertThat(forms.surnameStem(key("Ахметова"))).isEqualTo(forms.surnameStem(key("Ахметов")));
        assertThat(forms.surnameStem(key("Ковальская"))).isEqualTo(forms.surnameStem(key("Ковальский")));
        assertThat(forms.surnameStem(key("Иванова"))).isEqualTo(forms.surnameStem(key("IVANOV")));
    }

    @Test
    void patronymicsInRussianAndKazakhFormLeadToTheFathersName() {
        assertThat(forms.patronymicRoot(key("Серикович"))).isEqualTo(key("Серик"));
        assertThat(forms.patronymicRoot(key("Серікұлы"))).isEqualTo(forms.patronymicRoot(key("Серикович")));
        assertThat(forms.patronymicRoot(key("Ерланқызы"))).isEqualTo(forms.patronymicRoot(key("Ерлановна")));
    }

    @Test
    void shortGivenNamesMapToTheirFullForm() {
        assertThat(forms.givenCanonical(key("Саша"))).isEqualTo(key("Александр"));
        assertThat(forms.givenCanonical(key("Sasha"))).isEqualTo(key("Александр"));
        assertThat(forms.givenCanonical(key("Ерлан"))).isEqualTo(key("Yerlan"));
    }

    @Test
    void phoneticCodeForgivesTheUsualTransliterationDifferences() {
        assertThat(Phonetic.code("iusupov")).isEqualTo(Phonetic.code("yusupov"));
        assertThat(Phonetic.code("ahmetov")).isEqualTo(Phonetic.code("akhmetov"));
        assertThat(Phonetic.code("ahmetov")).isNotEqualTo(Phonetic.code("petrov"));
    }

    @Test
    void normalisedRecordKeepsIdsAndCompactIdentifiers() {
        NormalisedRecord r = normaliser.add(IdentityRecord.builder("r1").surname("Ахметова").givenName("Айгуль")
                .patronymic("Сериковна").birthDate("1990-05").sex("Ж").citizenship("kaz")
                .documentNumber("n 0812").phone("8 (701) 555-12-34").address("г. Алматы, ул. Абая, д. 12, кв. 5")
                .build());
        assertThat(r.sex()).isEqualTo((byte) 2);
        assertThat(normaliser.vocabulary().string(r.citizenship())).isEqualTo("KAZ");
        assertThat(r.documentNumber()).isEqualTo("N0812");
        assertThat(r.phone()).isEqualTo("7015551234");
        assertThat(r.birthDate()).isEqualTo(19900500);
        assertThat(r.addressNumbers()).isNotZero();
        assertThat(normaliser.frequencies().count(kz.koshi.identity.engine.Field.SURNAME, r.surnameKey())).isEqualTo(1);
    }

    private String key(String name) {
        return keys.key(Folding.fold(name));
    }
}
