package kz.koshi.border.mrz;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The specimens of ICAO Doc 9303 Parts 4-6 (Utopia, Anna Maria Eriksson) and their altered copies. */
class MrzParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final String TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";
    static final String TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";
    static final String TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";

    @Test
    void readsThePassportSpecimen() {
        MrzData data = MrzParser.parse(TD3, TODAY);
        assertThat(data.format()).isEqualTo(MrzFormat.TD3);
        assertThat(data.valid()).isTrue();
        assertThat(data.documentType()).isEqualTo("PASSPORT");
        assertThat(data.issuingState()).isEqualTo("UTO");
        assertThat(data.documentNumber()).isEqualTo("L898902C3");
        assertThat(data.nationality()).isEqualTo("UTO");
        assertThat(data.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(data.sex()).isEqualTo("F");
        assertThat(data.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(data.surname()).isEqualTo("ERIKSSON");
        assertThat(data.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(data.optionalData()).isEqualTo("ZE184226B");
    }

    @Test
    void readsTheTd2AndTd1IdCardSpecimens() {
        MrzData td2 = MrzParser.parse(TD2, TODAY);
        assertThat(td2.format()).isEqualTo(MrzFormat.TD2);
        assertThat(td2.valid()).isTrue();
        assertThat(td2.documentNumber()).isEqualTo("D23145890");
        assertThat(td2.documentType()).isEqualTo("ID_CARD");
        MrzData td1 = MrzParser.parse(TD1, TODAY);
        assertThat(td1.format()).isEqualTo(MrzFormat.TD1);
        assertThat(td1.valid()).isTrue();
        assertThat(td1.documentNumber()).isEqualTo("D23145890");
        assertThat(td1.surname()).isEqualTo("ERIKSSON");
        assertThat(td1.givenNames()).isEqualTo("ANNA MARIA");
    }

    @Test
    void readsATd1DocumentNumberLongerThanNineCharacters() {
        MrzData data = MrzParser.parse("""
                I<UTOD23145890<7349<<<<<<<<<<<
                3407127M9507122UTO<<<<<<<<<<<2
                STEVENSON<<PETER<JOHN<<<<<<<<<""", TODAY);
        assertThat(data.documentNumber()).isEqualTo("D23145890734");
        assertThat(data.valid()).isTrue();
        assertThat(data.sex()).isEqualTo("M");
    }

    @Test
    void aChangedCharacterFailsItsCheckDigitAndTheComposite() {
        MrzData data = MrzParser.parse(TD3.replace("L898902C3", "L898902C4"), TODAY);
        assertThat(data.failedChecks()).containsExactly(MrzCheck.DOCUMENT_NUMBER, MrzCheck.COMPOSITE);
        MrzData birth = MrzParser.parse(TD1.replace("7408122F", "7408132F"), TODAY);
        assertThat(birth.failedChecks()).containsExactly(MrzCheck.BIRTH_DATE, MrzCheck.COMPOSITE);
    }

    @Test
    void acceptsOneRunLowerCaseAndSpacesAsAReaderMayTypeThem() {
        String run = TD3.replace("\n", "").toLowerCase();
        assertThat(MrzParser.parse(run, TODAY).valid()).isTrue();
        assertThat(MrzParser.parse("  " + TD2.replace("\n", "\r\n") + "\n", TODAY).valid()).isTrue();
    }

    @Test
    void birthCenturyIsTheOneInThePast() {
        assertThat(MrzParser.birthDate("050101", TODAY)).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(MrzParser.birthDate("300101", TODAY)).isEqualTo(LocalDate.of(1930, 1, 1));
    }

    @Test
    void refusesTextThatIsNoMrz() {
        assertThatThrownBy(() -> MrzParser.parse("hello", TODAY)).isInstanceOf(MrzException.class).hasMessage("mrz.shape");
        assertThatThrownBy(() -> MrzParser.parse(TD3.replace("C36", "C3!"), TODAY)).hasMessage("mrz.characters");
        assertThatThrownBy(() -> MrzParser.parse(TD3.replace("7408122", "7402302"), TODAY)).hasMessage("mrz.date");
        assertThatThrownBy(() -> MrzParser.parse(null, TODAY)).hasMessage("mrz.shape");
    }
}
