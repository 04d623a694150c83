package kz.koshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void linksATinyFileAndReportsWhatItRepaired() throws IOException {
        Path input = dir.resolve("records.csv");
        Files.writeString(input, """
                record_id,source,surname,given_name,birth_date,citizenship,document_number,shoe_size
                b1,border,IUSUPOV,SHERZOD,1994-03-17,UZB,FA1234567,42
                p1,police,Юсупов,Шерзод,1994-03-17,UZB,,
                h1,hotel,"Yusupov",Sherzod,1994-03-17,UZB,"FA 1234567",
                x1,hotel,,,1990-01-01,KAZ,,
                d1,police,Petrov,Ivan,1970-02-30,RUS,,
                """);
        Path output = dir.resolve("clusters.csv");

        int code = run(new LinkCommand(), "--input", input.toString(), "--output", output.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).first().isEqualTo("record_id,cluster_id");
        assertThat(lines).contains("b1,b1", "p1,b1", "h1,b1", "x1,x1", "d1,d1");
        assertThat(stderr()).contains("column 'shoe_size' is not a record column and is ignored")
                .contains("row 4 has no name").contains("row 5: malformed birth_date")
                .contains("1 without any name").contains("1 malformed birth dates")
                .doesNotContain("Petrov").doesNotContain("1970-02-30");
    }

    @Test
    void writesTheModelAndTheReviewPairsWhenAsked() throws IOException {
        Path input = dir.resolve("r.csv");
        Files.writeString(input, "record_id,surname,given_name,birth_date\na,Ivanov,Ivan,1980-01-01\n"
                + "b,Ivanov,Ivan,1980-01-01\n");
        int code = run(new LinkCommand(), "--input", input.toString(), "--output", dir.resolve("c.csv").toString(),
                "--save-model", dir.resolve("m.properties").toString(), "--pairs", dir.resolve("p.csv").toString());
        assertThat(code).isZero();
        assertThat(Files.readString(dir.resolve("m.properties"))).contains("threshold.link=");
        assertThat(Files.readAllLines(dir.resolve("p.csv"))).hasSize(2).last().asString().startsWith("a,b,")
                .endsWith(",LINK");
    }

    @Test
    void badArgumentsGiveUsageAndExitCodeTwoWithoutAStackTrace() {
        assertThat(run(new LinkCommand())).isEqualTo(2);
        assertThat(run(new LinkCommand(), "--input", "x.csv")).isEqualTo(2);
        assertThat(run(new LinkCommand(), "--input", "x.csv", "--output", "y.csv", "--frobnicate")).isEqualTo(2);
        assertThat(run(new LinkCommand(), "--input")).isEqualTo(2);
        assertThat(stderr()).contains("usage: java -jar koshi.jar link").contains("unknown argument: --frobnicate")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingInputFileIsAClearErrorNotAStackTrace() {
        int code = run(new LinkCommand(), "--input", dir.resolve("nope.csv").toString(), "--output",
                dir.resolve("c.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void evaluatePrintsPairwisePrecisionRecallAndF1() throws IOException {
        Path truth = dir.resolve("truth.csv");
        Path clusters = dir.resolve("clusters.csv");
        Files.writeString(truth, "record_id,person_id\na,P1\nb,P1\nc,P1\nd,P2\n");
        Files.writeString(clusters, "record_id,cluster_id\na,a\nb,a\nc,c\nd,a\n");

        int code = run(new EvaluateCommand(), "--truth", truth.toString(), "--clusters", clusters.toString());

        // true pairs ab ac bc; predicted ab ad bd: 1 correct -> P = 1/3, R = 1/3
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("precision 0.3333 recall 0.3333 F1 0.3333");
    }

    @Test
    void evaluateRejectsBadArguments() {
        assertThat(run(new EvaluateCommand(), "--truth", "t.csv")).isEqualTo(2);
        assertThat(stderr()).contains("usage: java -jar koshi.jar evaluate").doesNotContain("\tat ");
    }

    private int run(kz.koshi.shared.CommandLineTool tool, String... args) {
        return tool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
