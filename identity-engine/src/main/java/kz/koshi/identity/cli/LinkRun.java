package kz.koshi.identity.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import kz.koshi.identity.engine.Linkage;
import kz.koshi.identity.engine.Linker;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;
import kz.koshi.identity.engine.RecordSet;
import kz.koshi.identity.engine.ScoredPair;

/** One {@code link} run: stream the CSV into compact records, link, write clusters (and pairs, model). */
public final class LinkRun {

    private final MatchModel model;
    private final boolean train;
    private final PrintStream err;

    public LinkRun(MatchModel model, boolean train, PrintStream err) {
        this.model = model;
        this.train = train;
        this.err = err;
    }

    /** @return exit code: 0 done, 1 unusable input */
    public int run(Path input, Path output, Optional<Path> saveModel, Optional<Path> pairsFile) throws IOException {
        long start = System.nanoTime();
        RecordSet set = new RecordSet(StandardNameKeys.get());
        RecordCsvReader reader = new RecordCsvReader();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(input, StandardCharsets.UTF_8))) {
            if (!reader.read(csv, set::add, err)) {
                return 1;
            }
        }
        reader.report.print(err);
        long read = System.nanoTime();
        Linkage linkage = new Linker(model, train).link(set);
        long linked = System.nanoTime();
        try (Writer out = writer(output)) {
            ClusterCsvWriter.row(out, "record_id", "cluster_id");
            for (int i = 0; i < linkage.size(); i++) {
                ClusterCsvWriter.row(out, linkage.recordId(i), linkage.clusterId(i));
            }
        }
        if (pairsFile.isPresent()) {
            writePairs(linkage, pairsFile.get());
        }
        if (saveModel.isPresent()) {
            try (Writer out = writer(saveModel.get())) {
                MatchModelFile.write(linkage.model(), out);
            }
        }
        linkage.training().ifPresent(t -> err.printf("link: EM converged in %d iterations over %d patterns; "
                + "match share in blocks %.4f; lambda %.3g%n", t.iterations(), t.distinctPatterns(),
                t.matchShareInBlocks(), t.model().lambda()));
        err.printf("link: %d records, %d candidate pairs; read %.2fs, link %.2fs, write %.2fs%n", linkage.size(),
                linkage.candidatePairs(), (read - start) / 1e9, (linked - read) / 1e9,
                (System.nanoTime() - linked) / 1e9);
        return 0;
    }

    private static void writePairs(Linkage linkage, Path path) throws IOException {
        try (Writer out = writer(path)) {
            ClusterCsvWriter.row(out, "record_a", "record_b", "weight", "probability", "decision");
            for (ScoredPair p : linkage.scoredPairs()) {
                ClusterCsvWriter.row(out, p.recordA(), p.recordB(), "%.3f".formatted(p.weight()),
                        "%.6f".formatted(p.probability()), p.decision().name());
            }
        }
    }

    private static Writer writer(Path path) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
    }
}
