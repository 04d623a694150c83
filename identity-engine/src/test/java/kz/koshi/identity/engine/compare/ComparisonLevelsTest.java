package kz.koshi.identity.engine.compare;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonLevelsTest {

    private final Normaliser normaliser = new Normaliser(new TransliterationKeys());
    private final Comparer comparer = new Comparer(normaliser.vocabulary());

    @Test
    void namesGradeFromExactThroughTransliterationAndTyposToDifferent() {
        assertThat(surnames("Yusupov", "Yusupov")).isEqualTo("exact");
        assertThat(surnames("IUSUPOV", "Юсупов")).isEqualTo("variant");
        assertThat(surnames("Ахметова", "AKHMETOV")).isEqualTo("variant");
        assertThat(surnames("Yusupov", "Yusupvo")).isEqualTo("jaro_winkler_94");
        assertThat(surnames("Karimov", "Kasimov")).isEqualTo("jaro_winkler_88");
        assertThat(surnames("Yusupov", "Petrov")).isEqualTo("different");
        assertThat(surnames("Yusupov", null)).isEqualTo("missing");
        assertThat(level(Field.GIVEN_NAME, rec().givenName("Саша"), rec().givenName("Aleksandr"))).isEqualTo("variant");
        assertThat(level(Field.GIVEN_NAME, rec().givenName("A"), rec().givenName("Aleksandr"))).isEqualTo("initial");
    }

    @Test
    void aTypoInANameWithAFullFormIsStillATypo() {
        // Michael's variant is the full form mihail: compared on variants alone the typo looked "different".
        assertThat(level(Field.GIVEN_NAME, rec().givenName("MICHAEL"), rec().givenName("MICVHAEL")))
                .isEqualTo("jaro_winkler_94");
        assertThat(level(Field.GIVEN_NAME, rec().givenName("Саша"), rec().givenName("Маша"))).isNotEqualTo("variant");
    }

    @Test
    void swappedGivenNameAndSurnameAreReadInTheBetterOrder() {
        var a = rec().surname("Sherzod").givenName("Yusupov");
        var b = rec().surname("Юсупов").givenName("Шерзод");
        assertThat(level(Field.SURNAME, a, b)).isEqualTo("variant");
        assertThat(level(Field.GIVEN_NAME, a, b)).isEqualTo("variant");
    }

    @Test
    void datesGradeByPrecisionSwapsAndTypos() {
        assertThat(dates("1994-03-17", "1994-03-17")).isEqualTo("exact");
        assertThat(dates("1994-03-07", "1994-07-03")).isEqualTo("day_month_swapped");
        assertThat(dates("1994-03-17", "1994-03-18")).isEqualTo("one_digit");
        assertThat(dates("1994-03-17", "1994-03")).isEqualTo("month_precision");
        assertThat(dates("1994-03-17", "1994")).isEqualTo("year_precision");
        assertThat(dates("1994-03-17", "1995")).isEqualTo("year_near");
        assertThat(dates("1994-03-17", "1971-03-17")).isEqualTo("one_component");
        assertThat(dates("1994-03-17", "1994-11-17")).isEqualTo("one_component");
        assertThat(dates("1994-03-02", "1994-03-24")).isEqualTo("one_component");
        assertThat(dates("1994-03-17", "1994-10-25")).isEqualTo("same_year");
        assertThat(dates("1994-03-17", "1971-10-25")).isEqualTo("different");
        assertThat(dates("1994-03-17", null)).isEqualTo("missing");
    }

    @Test
    void identifiersForgiveOneTypoOnly() {
        assertThat(level(Field.DOCUMENT_NUMBER, rec().documentNumber("FA 1234567"), rec().documentNumber("fa1234567")))
                .isEqualTo("exact");
        assertThat(level(Field.DOCUMENT_NUMBER, rec().documentNumber("FA1234567"), rec().documentNumber("FA1234576")))
                .isEqualTo("one_edit");
        assertThat(level(Field.NATIONAL_ID, rec().nationalId("940317350123"), rec().nationalId("940317350999")))
                .isEqualTo("different");
        assertThat(level(Field.PHONE, rec().phone("+7 701 555 12 34"), rec().phone("8 (701) 555-12-34")))
                .isEqualTo("exact");
    }

    @Test
    void addressesGradeByTheShareOfTokensInCommon() {
        String home = "г. Алматы, ул. Абая, д. 12, кв. 5";
        assertThat(addresses(home, "г. Алматы, ул. Абая, д. 12, кв. 5")).isEqualTo("exact");
        assertThat(addresses(home, "Алматы, Абая 12 кв 5")).as("г., ул., д. are markers, not content")
                .isEqualTo("exact");
        assertThat(addresses(home, "Алматы, Абая 12")).isEqualTo("most_tokens");
        assertThat(addresses(home, "г. Алматы, ул. Абая, д. 40")).isEqualTo("half_tokens");
        assertThat(addresses(home, "г. Алматы, ул. Сатпаева, д. 3")).isEqualTo("some_tokens");
        assertThat(addresses(home, "г. Шымкент, ул. Желтоксан, д. 59")).isIn("some_tokens", "different");
    }

    private String surnames(String a, String b) {
        return level(Field.SURNAME, rec().surname(a), rec().surname(b));
    }

    private String dates(String a, String b) {
        return level(Field.BIRTH_DATE, rec().surname("x").birthDate(a), rec().surname("x").birthDate(b));
    }

    private String addresses(String a, String b) {
        return level(Field.ADDRESS, rec().address(a), rec().address(b));
    }

    private String level(Field field, IdentityRecord.Builder a, IdentityRecord.Builder b) {
        byte[] levels = new byte[Field.values().length];
        comparer.compare(normaliser.add(a.build()), normaliser.add(b.build()), levels);
        return field.levelName(levels[field.ordinal()]);
    }

    private static IdentityRecord.Builder rec() {
        return IdentityRecord.builder("r");
    }
}
