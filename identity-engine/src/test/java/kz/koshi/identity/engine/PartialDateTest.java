package kz.koshi.identity.engine;

import java.time.DateTimeException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void parsesTheThreePrecisions() {
        assertThat(PartialDate.parse("1994-03-17")).isEqualTo(new PartialDate(1994, 3, 17));
        assertThat(PartialDate.parse("1994-03")).isEqualTo(new PartialDate(1994, 3, 0));
        assertThat(PartialDate.parse("1994")).isEqualTo(new PartialDate(1994, 0, 0));
        assertThat(PartialDate.parse(" ")).isEqualTo(PartialDate.UNKNOWN);
        assertThat(PartialDate.parse(null).isKnown()).isFalse();
    }

    @Test
    void rejectsMalformedOrImpossibleDatesSoTheReaderCanCountThem() {
        for (String bad : new String[] {"1937-12-33", "1990-02-30", "1990-13", "17.03.1994", "94", "1994-3-17",
                "1994-00-10", "abcd"}) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
            assertThat(PartialDate.parseOrUnknown(bad)).isEqualTo(PartialDate.UNKNOWN);
        }
    }

    @Test
    void anImpossibleDayOrMonthLeavesTheValidPartBeforeIt() {
        assertThat(PartialDate.validLeadingPart("1964-11-71")).isEqualTo(PartialDate.parse("1964-11"));
        assertThat(PartialDate.validLeadingPart("1990-02-30")).isEqualTo(PartialDate.parse("1990-02"));
        assertThat(PartialDate.validLeadingPart("1967-13-10")).isEqualTo(PartialDate.parse("1967"));
        assertThat(PartialDate.validLeadingPart("1949-00-13")).isEqualTo(PartialDate.parse("1949"));
        assertThat(PartialDate.validLeadingPart("1994-03-17")).isEqualTo(PartialDate.parse("1994-03-17"));
        for (String unusable : new String[] {"17.03.1994", "94", "abcd", "0000-01-01", "1994--17"}) {
            assertThat(PartialDate.validLeadingPart(unusable)).as(unusable).isEqualTo(PartialDate.UNKNOWN);
        }
    }

    @Test
    void packsIntoAnIntAndBack() {
        PartialDate date = PartialDate.parse("1994-03");
        assertThat(date.packed()).isEqualTo(19940300);
        assertThat(PartialDate.unpack(date.packed())).isEqualTo(date);
        assertThat(date).hasToString("1994-03");
    }
}
