package kz.koshi.protection.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellsTest {

    @Test
    void aSingleSmallCellTakesTheNextSmallestWithItSoTheTotalCannotGiveItAway() {
        Map<String, Long> published = SmallCells.publishable(counts("F", 40L, "M", 7L, "X", 2L));
        assertThat(published).containsEntry("F", 40L).containsEntry("M", null).containsEntry("X", null);
        assertThat(published.keySet()).containsExactly("F", "M", "X");
    }

    @Test
    void twoOrMoreSmallCellsAndEmptyCellsNeedNothingMore() {
        assertThat(SmallCells.publishable(counts("A", 9L, "B", 3L, "C", 1L)))
                .containsEntry("A", 9L).containsEntry("B", null).containsEntry("C", null);
        assertThat(SmallCells.publishable(counts("A", 9L, "B", 0L, "C", 12L)))
                .containsEntry("A", 9L).containsEntry("B", 0L).containsEntry("C", 12L);
    }

    @Test
    void aBreakdownOfOneSmallCellIsSuppressedAlone() {
        assertThat(SmallCells.publishable(counts("A", 3L))).containsEntry("A", null);
    }

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }
}
