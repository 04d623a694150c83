package kz.koshi.relink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.koshi.identity.cli.LinkRun;
import kz.koshi.identity.cli.PairwiseEvaluation;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;

/**
 * The Spark re-link gives the single-machine {@code link} figures (issue 18): same candidate pairs, pairwise F1
 * within 0.001, on FEBRL 3 and FEBRL 4 (converted as bench/ConvertDatasets.java does) and on a generated
 * cross-script population, in local mode with two
 * threads and a few partitions. The Spark run scores with the model the single-machine run trained on the batch.
 */
class RelinkParityTest {

    /** The shared benchmark data, beside the repository (CI lays a copy of shared/ there too). */
    static final Path DATA = Path.of(System.getProperty("koshi.data", "../../shared/data"));

    /**
     * A Kazakhstan-style cross-script population (Cyrillic and Latin spellings of one person, hard negatives):
     * {@code java -jar app/target/koshi.jar generate --persons 2000 --seed 3}, 5,035 records.
     */
    static final Path GENERATED = Path.of("src/test/resources/generated2k");

    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("relink-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"febrl3", "febrl4", "generated2k"})
    void theSparkRunMatchesTheSingleMachineRun(String set) throws IOException {
        Path records = dir.resolve("records.csv");
        Path truth = dir.resolve("truth.csv");
        if (set.equals("generated2k")) {
            Files.copy(GENERATED.resolve("records.csv"), records);
            Files.copy(GENERATED.resolve("truth.csv"), truth);
        } else {
            Febrl.convert(set.equals("febrl3") ? List.of(DATA.resolve("febrl/dataset3.csv"))
                    : List.of(DATA.resolve("febrl/dataset4a.csv"), DATA.resolve("febrl/dataset4b.csv")), records,
                    truth);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8);
        Path single = dir.resolve("single.csv");
        Path model = dir.resolve("model.properties");
        assertThat(new LinkRun(MatchModel.defaults(), true, err).run(records, single, Optional.of(model),
                Optional.empty())).isZero();
        double singleF1 = PairwiseEvaluation.of(truth, single, err).f1();

        Relink.Result result = new Relink(spark, 4).run(records.toString(), read(model));
        ClusterOutput.write(spark, result.clusters(), dir.resolve("clusters").toString());
        Path merged = dir.resolve("spark.csv");
        ClusterOutput.merge(dir.resolve("clusters"), merged);
        double sparkF1 = PairwiseEvaluation.of(truth, merged, err).f1();
        long candidates = result.candidates().value();
        result.release();

        System.out.printf("%s: single-machine F1 %.4f, Spark F1 %.4f, candidate pairs %d%n", set, singleF1, sparkF1,
                candidates);
        assertThat(singleF1).isGreaterThan(0.95);
        assertThat(sparkF1).isCloseTo(singleF1, org.assertj.core.data.Offset.offset(0.001));
        assertThat(candidates).isEqualTo(singleMachineCandidates(log.toString(StandardCharsets.UTF_8)));
        assertThat(Files.readAllLines(merged)).hasSameSizeAs(Files.readAllLines(single));
    }

    private static long singleMachineCandidates(String log) {
        Matcher m = Pattern.compile("(\\d+) candidate pairs").matcher(log);
        assertThat(m.find()).as("the link run reports its candidate pairs").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static MatchModel read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MatchModelFile.read(in);
        }
    }

    /** FEBRL's files in the Koshi record layout, as bench/ConvertDatasets.java writes them (all fields). */
    static final class Febrl {

        static void convert(List<Path> files, Path records, Path truth) throws IOException {
            try (PrintWriter rec = new PrintWriter(Files.newBufferedWriter(records, StandardCharsets.UTF_8));
                 PrintWriter tru = new PrintWriter(Files.newBufferedWriter(truth, StandardCharsets.UTF_8))) {
                rec.println("record_id,given_name,surname,birth_date,national_id,address");
                tru.println("record_id,person_id");
                for (Path file : files) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (String line : lines.subList(1, lines.size())) {
                        String[] c = line.split(",", -1);
                        for (int i = 0; i < c.length; i++) {
                            c[i] = c[i].strip();
                        }
                        String dob = c[9].length() == 8 ? c[9].substring(0, 4) + "-" + c[9].substring(4, 6) + "-"
                                + c[9].substring(6) : "";
                        String address = String.join(" ", c[3], c[4], c[5], c[6], c[7], c[8]).strip()
                                .replaceAll(" +", " ");
                        rec.println(String.join(",", c[0], c[1], c[2], dob, c[10], address));
                        tru.println(c[0] + "," + c[0].split("-")[1]);
                    }
                }
            }
        }
    }
}
