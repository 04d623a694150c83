package kz.koshi.border.mrz;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Td1WriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void writesTheIcaoSpecimenExactly() {
        List<String> lines = Td1Writer.write(new Td1Writer.Card("I", "UTO", "D23145890", LocalDate.of(1974, 8, 12), "F",
                LocalDate.of(2012, 4, 15), "UTO", "ERIKSSON", "ANNA MARIA"));
        assertThat(String.join("\n", lines)).isEqualTo(MrzParserTest.TD1);
    }

    @Test
    void aWrittenCardReadsBackWithEveryCheckDigitRight() {
        List<String> lines = Td1Writer.write(new Td1Writer.Card("IM", "KAZ", "M00000123", LocalDate.of(1994, 3, 12), "M",
                LocalDate.of(2029, 11, 20), "UZB", "Юсупов", "Шерзод Ўткир-ўғли"));
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSize(30).matches("[A-Z0-9<]+"));
        MrzData back = MrzParser.parse(String.join("\n", lines), TODAY);
        assertThat(back.valid()).isTrue();
        assertThat(back.documentNumber()).isEqualTo("M00000123");
        assertThat(back.issuingState()).isEqualTo("KAZ");
        assertThat(back.nationality()).isEqualTo("UZB");
        assertThat(back.surname()).isEqualTo("IUSUPOV");
        assertThat(back.birthDate()).isEqualTo(LocalDate.of(1994, 3, 12));
        assertThat(back.expiryDate()).isEqualTo(LocalDate.of(2029, 11, 20));
    }

    @Test
    void namesBecomeMrzLatinAndLongNamesAreCut() {
        assertThat(Td1Writer.mrzName("O'tkir Álimov-Sayid")).isEqualTo("OTKIR<ALIMOV<SAYID");
        assertThat(Td1Writer.mrzName("Жанар")).isEqualTo("ZHANAR");
        assertThat(Td1Writer.nameLine("ABDURAKHMANOVA KHADICHAKHON", "MUKHAMMADALIEVNA")).hasSize(30)
                .startsWith("ABDURAKHMANOVA<KHADICHAKHON<<M");
    }
}
