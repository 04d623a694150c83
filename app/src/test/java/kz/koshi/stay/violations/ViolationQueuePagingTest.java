package kz.koshi.stay.violations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.koshi.DatabaseTest;
import kz.koshi.stay.rules.ViolationKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The violation queue pages through thousands (issue 13): 5,000 generated violations, on H2 and on PostgreSQL, are
 * filtered, sorted and paged by one query a page, each page at most 50 rows, without overlap or gap, and streamed
 * whole for an export.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViolationQueuePagingTest {

    private static final String PREFIX = "GENPG";
    private static final int COUNT = 5_000;
    private static final String REGION = "ZZ-PAGING";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViolationQueue queue;

    @BeforeAll
    void generate() {
        GeneratedViolations.remove(jdbc, PREFIX);
        GeneratedViolations.write(jdbc, PREFIX, COUNT, List.of(REGION));
    }

    @AfterAll
    void removeGenerated() {
        GeneratedViolations.remove(jdbc, PREFIX);
    }

    private static QueueFilter filter(QueueSort sort, SortDirection dir, int page) {
        return new QueueFilter(REGION, null, null, null, null, null, sort, dir, page, null);
    }

    @Test
    void aPageHoldsFiftyRowsAndTheTotalOfTheWholeFilter() {
        long started = System.nanoTime();
        QueuePage first = queue.page(filter(QueueSort.DATE, SortDirection.DESC, 1), false, 50, ALMATY);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        QueuePage last = queue.page(filter(QueueSort.NAME, SortDirection.ASC, 100), false, 50, ALMATY);
        long lastMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Violation queue, %d rows: page 1 by date %d ms, page 100 by name %d ms%n", COUNT, firstMillis, lastMillis);

        assertThat(first.rows()).hasSize(50);
        assertThat(first.total()).isEqualTo(COUNT);
        assertThat(first.pages()).isEqualTo(100);
        assertThat(first.rows().getFirst().personNumber()).isEqualTo(GeneratedViolations.person(PREFIX, 0));
        assertThat(first.rows().getFirst().name()).isEqualTo("Абдуллаева Азиз");
        assertThat(last.rows()).hasSize(50);
        assertThat(last.total()).isEqualTo(COUNT);
        assertThat(firstMillis).as("a page of 5,000 rows").isLessThan(3_000);
        assertThat(lastMillis).as("the last page of 5,000 rows").isLessThan(3_000);
    }

    @Test
    void pagesByNameNeitherOverlapNorSkipAndComeInNameOrder() {
        List<QueueRow> all = new ArrayList<>();
        for (int page = 1; page <= 100; page++) {
            all.addAll(queue.page(filter(QueueSort.NAME, SortDirection.ASC, page), false, 50, ALMATY).rows());
        }
        Set<Long> ids = new HashSet<>();
        all.forEach(r -> ids.add(r.id()));
        assertThat(ids).hasSize(COUNT);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(QueueRow::surname).thenComparing(QueueRow::givenName));
    }

    @Test
    void aPageAfterTheLastIsEmptyButStillCountsTheFilter() {
        QueuePage beyond = queue.page(filter(QueueSort.DATE, SortDirection.DESC, 101), false, 50, ALMATY);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(COUNT);
    }

    @Test
    void sortsByTypeRegionAndDateBothWays() {
        List<QueueRow> byType = queue.page(filter(QueueSort.TYPE, SortDirection.DESC, 1), false, 50, ALMATY).rows();
        assertThat(byType).allMatch(r -> r.kind() == ViolationKind.WORK_WITHOUT_PERMIT);
        List<QueueRow> oldest = queue.page(filter(QueueSort.DATE, SortDirection.ASC, 1), false, 50, ALMATY).rows();
        assertThat(oldest.getFirst().personNumber()).isEqualTo(GeneratedViolations.person(PREFIX, COUNT - 1));
        assertThat(oldest).isSortedAccordingTo(Comparator.comparing(QueueRow::foundOn));
        List<QueueRow> newest = queue.page(filter(QueueSort.NAME, SortDirection.DESC, 1), false, 50, ALMATY).rows();
        assertThat(newest.getFirst().surname()).isEqualTo("Юсупова");
    }

    @Test
    void filtersByTypeCitizenshipStatusAndRegion() {
        QueuePage uzbekOverstays = queue.page(new QueueFilter(REGION, ViolationKind.OVERSTAY, "UZB", null, null, null, null, null, 1, null),
                false, 50, ALMATY);
        // Kinds cycle by 3 and countries by 5: every 15th row is an overstay of a citizen of Uzbekistan.
        assertThat(uzbekOverstays.total()).isEqualTo(334);
        assertThat(uzbekOverstays.rows()).allMatch(r -> r.kind() == ViolationKind.OVERSTAY && "UZB".equals(r.citizenship()));
        assertThat(queue.page(new QueueFilter(REGION, null, null, null, null, QueueStatus.HANDLED, null, null, 1, null), false, 50, ALMATY)
                .total()).isZero();
        assertThat(queue.page(new QueueFilter("ZZ-NONE", null, null, null, null, null, null, null, 1, null), false, 50, ALMATY)
                .total()).isZero();
    }

    @Test
    void theDaysFoundAreKazakhstanDays() {
        // Row i was found i minutes before the first; the first at 12:00 UTC = 17:00 in Almaty (UTC+5).
        Instant first = GeneratedViolations.firstFound();
        LocalDate day = LocalDate.ofInstant(first, ALMATY);
        Instant midnight = day.atStartOfDay(ALMATY).toInstant();
        long foundThatDay = (first.getEpochSecond() - midnight.getEpochSecond()) / 60 + 1;
        QueuePage thatDay = queue.page(new QueueFilter(REGION, null, null, day, day, null, null, null, 1, null), false, 50, ALMATY);
        assertThat(thatDay.total()).isEqualTo(foundThatDay);
        assertThat(thatDay.rows()).allMatch(r -> r.foundOn().equals(day));
        assertThat(queue.page(new QueueFilter(REGION, null, null, day.minusDays(1), day.minusDays(1), null, null, null, 1, null), false, 50,
                ALMATY).total()).isEqualTo(Math.min(1_440, COUNT - foundThatDay));
        assertThat(first.atOffset(ZoneOffset.UTC).getHour()).isEqualTo(12);
    }

    @Test
    void aSuspendedViolationIsListedOnlyForThoseWhoMayKnow() {
        String person = GeneratedViolations.person(PREFIX, 7);
        jdbc.update("update stay_violation set suspended = true where person_number = ?", person);
        try {
            assertThat(queue.page(filter(QueueSort.DATE, SortDirection.DESC, 1), false, 50, ALMATY).total()).isEqualTo(COUNT - 1);
            assertThat(queue.page(filter(QueueSort.DATE, SortDirection.DESC, 1), false, 50, ALMATY).rows())
                    .noneMatch(r -> r.personNumber().equals(person));
            assertThat(queue.page(filter(QueueSort.DATE, SortDirection.DESC, 1), true, 50, ALMATY).rows())
                    .anyMatch(r -> r.personNumber().equals(person) && r.suspended());
            long[] streamed = {0};
            queue.forEach(filter(QueueSort.DATE, SortDirection.DESC, 1), false, ALMATY, r -> streamed[0]++);
            assertThat(streamed[0]).isEqualTo(COUNT - 1);
        } finally {
            jdbc.update("update stay_violation set suspended = false where person_number = ?", person);
        }
    }

    @Test
    void anExportStreamsEveryRowOfTheFilterInItsOrder() {
        List<String> persons = new ArrayList<>();
        queue.forEach(filter(QueueSort.DATE, SortDirection.DESC, 37), false, ALMATY, r -> persons.add(r.personNumber()));
        assertThat(persons).hasSize(COUNT);
        assertThat(persons.getFirst()).isEqualTo(GeneratedViolations.person(PREFIX, 0));
        assertThat(persons.getLast()).isEqualTo(GeneratedViolations.person(PREFIX, COUNT - 1));
    }
}
