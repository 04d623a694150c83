package kz.koshi.identity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import kz.koshi.identity.cli.Arguments;
import kz.koshi.identity.cli.HardNegativeEvaluation;
import kz.koshi.identity.cli.PairwiseEvaluation;
import kz.koshi.shared.CommandLineTool;

/** {@code koshi evaluate}: pairwise precision, recall and F1 of clusters against the truth. */
public final class EvaluateCommand implements CommandLineTool {

    static final String USAGE = """
            usage: java -jar koshi.jar evaluate --truth truth.csv --clusters clusters.csv [--hard-negatives persons.csv]
              --truth     record_id,cluster_id (or record_id,person_id): two columns, header row
              --clusters  record_id,cluster_id as written by link
              --hard-negatives  the generator's persons.csv: also precision within its hard-negative groups""";

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "evaluate --truth truth.csv --clusters clusters.csv   pairwise precision/recall/F1";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path truth;
        Path clusters;
        Path groups;
        try {
            Arguments a = Arguments.parse(args, Set.of("--truth", "--clusters", "--hard-negatives"), Set.of());
            truth = Path.of(a.required("--truth"));
            clusters = Path.of(a.required("--clusters"));
            groups = a.optional("--hard-negatives").map(Path::of).orElse(null);
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            PairwiseEvaluation e = PairwiseEvaluation.of(truth, clusters, err);
            out.printf("true pairs %d, predicted pairs %d, correct pairs %d%n", e.truePairs(), e.predictedPairs(),
                    e.correctPairs());
            if (groups != null) {
                printHardNegatives(HardNegativeEvaluation.of(groups, truth, clusters), out);
            }
            out.printf("precision %.4f recall %.4f F1 %.4f%n", e.precision(), e.recall(), e.f1());
            return 0;
        } catch (NoSuchFileException e) {
            err.println("evaluate: no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
    }

    /** One line per kind and one for all: groups, pairs joined, of them right, groups with a false pair, precision. */
    private static void printHardNegatives(HardNegativeEvaluation h, PrintStream out) {
        h.byKind().forEach((kind, f) -> printHardNegatives(kind, f, out));
        printHardNegatives("all", h.all(), out);
    }

    private static void printHardNegatives(String kind, HardNegativeEvaluation.Figures f, PrintStream out) {
        out.printf("hard negatives %s: groups %d, pairs joined %d, correct %d, groups with a false pair %d, "
                + "precision %.4f%n", kind, f.groups(), f.predictedPairs(), f.correctPairs(), f.groupsMerged(), f.precision());
    }
}
