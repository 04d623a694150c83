package kz.koshi.identity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import kz.koshi.identity.cli.Arguments;
import kz.koshi.identity.cli.LinkRun;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;
import kz.koshi.shared.CommandLineTool;

/** {@code koshi link}: batch identity resolution of a record CSV into record_id,cluster_id. */
public final class LinkCommand implements CommandLineTool {

    static final String USAGE = """
            usage: java -jar koshi.jar link --input records.csv --output clusters.csv
                   [--model model.properties] [--no-train] [--save-model trained.properties]
                   [--pairs pairs.csv]
              --input       UTF-8 CSV with header; columns: record_id, source, surname, given_name, patronymic,
                            birth_date (yyyy-mm-dd | yyyy-mm | yyyy), sex, citizenship, document_number,
                            national_id, address, phone (any subset; record_id required)
              --output      record_id,cluster_id for every input row that has a record_id
              --model       start from these parameters instead of the shipped defaults
              --no-train    score with the model as given (no EM on this batch)
              --save-model  write the parameters used (trained on this batch unless --no-train)
              --pairs       write the pairs above the review threshold with weight, probability, decision""";

    @Override
    public String name() {
        return "link";
    }

    @Override
    public String summary() {
        return "link --input records.csv --output clusters.csv   batch identity resolution";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args, Set.of("--input", "--output", "--model", "--save-model", "--pairs"),
                    Set.of("--no-train"));
            a.required("--input");
            a.required("--output");
        } catch (IllegalArgumentException e) {
            err.println("link: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            MatchModel model = MatchModel.defaults();
            if (a.optional("--model").isPresent()) {
                try (var reader = Files.newBufferedReader(Path.of(a.required("--model")), StandardCharsets.UTF_8)) {
                    model = MatchModelFile.read(reader);
                }
            }
            return new LinkRun(model, !a.flag("--no-train"), err).run(Path.of(a.required("--input")),
                    Path.of(a.required("--output")), a.optional("--save-model").map(Path::of),
                    a.optional("--pairs").map(Path::of));
        } catch (NoSuchFileException e) {
            err.println("link: no such file: " + e.getFile());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("link: " + e.getMessage());
            return 1;
        }
    }
}
