package kz.koshi.protection.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.koshi.protection.CaseStatus;
import kz.koshi.protection.CaseSummary;
import kz.koshi.protection.ExploitationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Map<String, String> NAMES = Map.of("KP000000001", "Сейтова Айгерим Болатовна", "KP000000002", "YUSUPOV SHERZOD");

    @Test
    void aNameMatchesInCyrillicOrLatinByTheBeginningsOfItsWords() {
        CaseloadEntry aigerim = entry(1, "KP000000001", CaseStatus.OPEN, null);
        CaseloadEntry sherzod = entry(2, "KP000000002", CaseStatus.OPEN, null);
        for (String typed : new String[] {"Seitova", "aigerim seit", "СЕЙТОВА АЙГЕРИМ", "Aigerim Bolatovna"}) {
            assertThat(found(typed, aigerim, sherzod)).as(typed).containsExactly(1L);
        }
        assertThat(found("Юсупов", aigerim, sherzod)).containsExactly(2L);
        assertThat(found("Иванова", aigerim, sherzod)).isEmpty();
        assertThat(found("TIP-2026-000002", aigerim, sherzod)).containsExactly(2L);
        assertThat(found("kp000000001", aigerim, sherzod)).containsExactly(1L);
    }

    @Test
    void dueSoonIsWithinFourteenDaysAndOverdueIsPastTheEndOfAnOpenCase() {
        CaseloadEntry soon = entry(1, "KP000000001", CaseStatus.IN_SERVICE, TODAY.plusDays(14));
        CaseloadEntry later = entry(2, "KP000000002", CaseStatus.IN_SERVICE, TODAY.plusDays(15));
        CaseloadEntry overdue = entry(3, "KP000000003", CaseStatus.IN_SERVICE, TODAY.minusDays(1));
        CaseloadEntry closed = entry(4, "KP000000004", CaseStatus.CLOSED, TODAY.minusDays(1));
        assertThat(ids(query(DueFilter.ENDING_SOON, null, 0), soon, later, overdue, closed)).containsExactly(1L);
        assertThat(ids(query(DueFilter.OVERDUE, null, 0), soon, later, overdue, closed)).containsExactly(3L);
    }

    @Test
    void pagesHoldTwentyAndAPageBeyondTheLastShowsTheLast() {
        List<CaseloadEntry> many = java.util.stream.IntStream.rangeClosed(1, 45)
                .mapToObj(i -> entry(i, "KP0000000" + i, CaseStatus.OPEN, null)).toList();
        CaseloadPage last = Caseloads.page(many, query(null, CaseloadSort.NUMBER, 9), TODAY, n -> Optional.empty());
        assertThat(last.total()).isEqualTo(45);
        assertThat(last.pages()).isEqualTo(3);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.cases()).hasSize(5);
    }

    private static List<Long> found(String typed, CaseloadEntry... entries) {
        return ids(new CaseloadQuery(typed, null, null, null, null, null, null, null), entries);
    }

    private static List<Long> ids(CaseloadQuery query, CaseloadEntry... entries) {
        return Caseloads.page(List.of(entries), query, TODAY, n -> Optional.ofNullable(NAMES.get(n))).cases().stream()
                .map(CaseSummary::id).toList();
    }

    private static CaseloadQuery query(DueFilter due, CaseloadSort sort, int page) {
        return new CaseloadQuery(null, null, null, null, null, due, sort, page);
    }

    private static CaseloadEntry entry(long id, String person, CaseStatus status, LocalDate endsOn) {
        CaseSummary s = new CaseSummary(id, "TIP-2026-%06d".formatted(id), "P-" + id, status, false, false, "KZ-71", endsOn, null,
                false, false, false);
        return new CaseloadEntry(s, person, ExploitationType.LABOUR, "CRISIS-KZ-71", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id));
    }
}
