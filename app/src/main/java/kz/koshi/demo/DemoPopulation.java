package kz.koshi.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import kz.koshi.demo.generator.GenerateCommand;
import kz.koshi.identity.FeedImport;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded demo, generates a small synthetic population (the same generator as
 * {@code java -jar koshi.jar generate}) and imports its agency feeds into the identity registry, so that
 * a newcomer finds persons, spellings in both scripts and a review queue. Never in the postgres profile.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(2)
class DemoPopulation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

    private final IdentityResolution identity;
    private final FeedImport feeds;
    private final DemoProperties properties;

    DemoPopulation(IdentityResolution identity, FeedImport feeds, DemoProperties properties) {
        this.identity = identity;
        this.feeds = feeds;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (identity.sourceRecordCount() > 0) {
            return;
        }
        Path folder = Files.createTempDirectory("koshi-demo");
        try {
            generate(folder);
            try (InputStream records = Files.newInputStream(folder.resolve("records.csv"))) {
                ImportReport report = feeds.importTrusted(records, null);
                log.info("Demo population loaded: {} records, {} rejected, outcomes {}", report.rows(),
                        report.rejected().size(), report.outcomes());
            }
        } finally {
            deleteRecursively(folder);
        }
    }

    private void generate(Path folder) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GenerateCommand().run(List.of("--persons", String.valueOf(properties.persons()),
                        "--seed", String.valueOf(properties.seed()), "--out", folder.toString()),
                new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("demo population generator failed: " + err.toString(StandardCharsets.UTF_8));
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
