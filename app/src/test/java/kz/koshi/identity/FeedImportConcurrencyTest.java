package kz.koshi.identity;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import kz.koshi.TestProfiles;
import kz.koshi.demo.generator.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a 20,000-row feed file is imported, a record arriving online (a crossing's traveller) is resolved at
 * once: the import holds the resolution turn one chunk at a time, not for the whole file (before, one import
 * held it for minutes). On a database of its own, so the 20,000 generated records stay out of other tests.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:koshi-import-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles(resolver = TestProfiles.class)
class FeedImportConcurrencyTest {

    @Autowired
    FeedImport feeds;
    @Autowired
    IdentityResolution identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlineResolutionWaitsAtMostAChunkBehindALargeImport(@TempDir Path dir) throws Exception {
        Path feed = twentyThousandRows(dir);
        long before = jdbc.sql("select count(*) from identity_source_record").query(Long.class).single();
        AtomicReference<ImportReport> report = new AtomicReference<>();
        Thread importer = Thread.ofVirtual().start(() -> {
            try (InputStream in = Files.newInputStream(feed)) {
                report.set(feeds.importTrusted(in, null));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // Resolve while the import is under way: once it has stored its first chunk (a quiet machine imports the file in
        // a few seconds, a loaded one in a minute; a fixed wait missed it on one or the other).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> jdbc.sql("select count(*) from identity_source_record").query(Long.class).single() > before);
        long slowest = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            PersonResolution r = identity.resolve(new IncomingRecord("border", "import-race-" + i, "ONLINOV", "TIMUR" + "ABCDE".charAt(i),
                    null, "1977-0" + (i + 1) + "-11", "M", "UZB", "OL" + (1_000_000 + i), null, null, null));
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            assertThat(r.outcome()).isNotEqualTo(ResolutionOutcome.ALREADY_RECEIVED);
            Thread.sleep(20);
        }
        boolean importStillRunning = importer.isAlive();
        System.out.println("slowest of 5 online resolutions during a 20,000-row import: " + slowest + " ms");
        importer.join();

        assertThat(importStillRunning).as("the import was still running while the records were resolved").isTrue();
        // Held for the whole file, a resolution waited minutes; one chunk is well under a second when the machine is
        // quiet. The bound leaves room for a loaded CI machine (2.2 s seen with six builds at once), not for a whole file.
        assertThat(slowest).as("slowest online resolution during the import, ms").isLessThan(10_000);
        ImportReport done = report.get();
        assertThat(done.rows()).isEqualTo(20_000);
        assertThat(done.stored() + done.duplicates() + done.rejected().size()).isEqualTo(20_000);
        assertThat(jdbc.sql("select count(*) from identity_source_record").query(Long.class).single())
                .isEqualTo(before + done.stored() + 5);
    }

    /** The demo generator's agency feeds, cut to their first 20,000 rows. */
    private static Path twentyThousandRows(Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GenerateCommand().run(List.of("--persons", "9000", "--seed", "13", "--out", dir.toString()),
                new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("records.csv"));
        assertThat(lines.size()).isGreaterThan(20_000);
        Path feed = dir.resolve("feed.csv");
        Files.write(feed, lines.subList(0, 20_001));
        return feed;
    }
}
