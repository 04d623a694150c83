package kz.koshi.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import kz.koshi.DatabaseTest;
import kz.koshi.enforcement.ChannelStopped;
import kz.koshi.enforcement.CriminalCaseRegistered;
import kz.koshi.enforcement.CriminalCaseStageChanged;
import kz.koshi.enforcement.RaidCompleted;
import kz.koshi.shared.CriminalStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the enforcement registers' figures are counted from their events only. The events are published here, in
 * transactions, as the registers publish them, for days of 2017 that no other test uses; each figure is recounted from
 * the events and an event delivered twice is counted once.
 */
@DatabaseTest
class EnforcementFiguresTest {

    private static final LocalDate MARCH = LocalDate.of(2017, 3, 1);
    private static final ReportFilter SPRING = ReportFilter.period(MARCH, LocalDate.of(2017, 5, 31));

    @Autowired
    FigureQueries figures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void crimesChannelsAndRaidsAreCountedFromTheRegistersEvents() throws InterruptedException {
        List<Object> published = List.of(
                new CriminalCaseRegistered(917_001, "128", CriminalStage.OPENED, "KZ-75", MARCH.plusDays(3), 2),
                new CriminalCaseRegistered(917_002, "128", CriminalStage.OPENED, "KZ-75", MARCH.plusDays(40), 1),
                new CriminalCaseRegistered(917_003, "135", CriminalStage.INVESTIGATION, "KZ-71", MARCH.plusDays(70), 3),
                new CriminalCaseRegistered(917_004, "308", CriminalStage.OPENED, "KZ-71", MARCH.minusDays(1), 1),
                new CriminalCaseStageChanged(917_001, "128", CriminalStage.INVESTIGATION, "KZ-75", MARCH.plusDays(10)),
                new CriminalCaseStageChanged(917_001, "128", CriminalStage.COURT, "KZ-75", MARCH.plusDays(50)),
                new CriminalCaseStageChanged(917_002, "128", CriminalStage.CONVICTED, "KZ-75", MARCH.plusDays(120)),
                new ChannelStopped(917_101, MARCH.plusDays(5), "KZ-79", List.of("UZB", "KAZ", "RUS"), 14, 2),
                new ChannelStopped(917_102, MARCH.plusDays(35), "KZ-79", List.of("TJK", "KAZ"), 6, 1),
                new ChannelStopped(917_103, MARCH.plusDays(36), "KZ-61", List.of("UZB", "KAZ"), 9, 3),
                new RaidCompleted(917_201, "KZ-75", MARCH.plusDays(1), MARCH.plusDays(2), 120, 17),
                new RaidCompleted(917_202, "KZ-71", MARCH.plusDays(60), MARCH.plusDays(61), 80, 5));
        published.forEach(this::publish);
        publish(published.get(0)); // delivered twice
        publish(published.get(7));

        Map<String, Long> crimesByStage = until(() -> cells(Figure.CRIMES, Dimension.KIND, SPRING), Map.of("COURT", 1L,
                "INVESTIGATION", 1L, "OPENED", 1L));
        assertThat(crimesByStage).containsExactly(Map.entry("COURT", 1L), Map.entry("INVESTIGATION", 1L), Map.entry("OPENED", 1L));
        assertThat(cells(Figure.CRIMES, Dimension.ARTICLE, SPRING)).containsExactly(Map.entry("128", 2L), Map.entry("135", 1L));
        assertThat(cells(Figure.CRIMES, Dimension.MONTH, SPRING)).containsExactly(Map.entry("2017-03", 1L), Map.entry("2017-04", 1L),
                Map.entry("2017-05", 1L));
        assertThat(cells(Figure.CRIMES, Dimension.KIND, ReportFilter.period(MARCH, LocalDate.of(2017, 12, 31))))
                .containsEntry("CONVICTED", 1L).containsEntry("COURT", 1L);
        assertThat(cells(Figure.CRIMES, Dimension.REGION, new ReportFilter(MARCH, SPRING.to(), "KZ-75", null, null, null)))
                .containsExactly(Map.entry("KZ-75", 2L));
        until(() -> cells(Figure.CHANNELS, Dimension.COUNTRY, SPRING), Map.of("TJK", 1L, "UZB", 2L));
        assertThat(cells(Figure.CHANNELS, Dimension.COUNTRY, SPRING)).containsExactly(Map.entry("TJK", 1L), Map.entry("UZB", 2L));
        assertThat(cells(Figure.CHANNEL_PERSONS_MOVED, Dimension.REGION, SPRING)).containsExactly(Map.entry("KZ-61", 9L),
                Map.entry("KZ-79", 20L));
        until(() -> cells(Figure.RAIDS, Dimension.TOTAL, SPRING), Map.of("TOTAL", 2L));
        assertThat(cells(Figure.RAID_PERSONS_CHECKED, Dimension.MONTH, SPRING)).containsExactly(Map.entry("2017-03", 120L),
                Map.entry("2017-04", 0L), Map.entry("2017-05", 80L));
        assertThat(cells(Figure.RAID_VIOLATIONS, Dimension.REGION, SPRING)).containsExactly(Map.entry("KZ-71", 5L),
                Map.entry("KZ-75", 17L));
    }

    @Test
    void fiftyDeliveriesOfOneRaidAtOnceCountItOnce() throws Exception {
        RaidCompleted raid = new RaidCompleted(917_301, "KZ-10", LocalDate.of(2017, 8, 1), LocalDate.of(2017, 8, 2), 40, 3);
        ReportFilter august = ReportFilter.period(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 8, 31));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(50)) {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                all.add(pool.submit(() -> {
                    start.await();
                    publish(raid);
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> f : all) {
                f.get();
            }
        }
        assertThat(until(() -> cells(Figure.RAIDS, Dimension.TOTAL, august), Map.of("TOTAL", 1L))).containsExactly(Map.entry("TOTAL", 1L));
        Thread.sleep(500); // a late delivery would show now
        assertThat(cells(Figure.RAID_PERSONS_CHECKED, Dimension.REGION, august)).containsExactly(Map.entry("KZ-10", 40L));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(t -> events.publishEvent(event));
    }

    private Map<String, Long> cells(Figure figure, Dimension by, ReportFilter filter) {
        return figures.count(figure, by, filter).cells().stream()
                .collect(Collectors.toMap(Cell::key, Cell::count, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The listeners run after each commit on their own threads: waits (up to 10 s) for the expected cells. */
    private static Map<String, Long> until(Supplier<Map<String, Long>> counted, Map<String, Long> expected) throws InterruptedException {
        Map<String, Long> now = counted.get();
        for (int i = 0; i < 100 && !now.equals(expected); i++) {
            Thread.sleep(100);
            now = counted.get();
        }
        return now;
    }
}
