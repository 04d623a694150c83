package kz.koshi.demo.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An external shuffle for one feed: lines go to random temporary buckets as they are produced, and each
 * bucket is shuffled in memory when read back. A person's records are generated together, and without
 * the shuffle their order (and their record_ids) would give the linker the answer. Memory stays at one
 * bucket, not one feed.
 */
final class ShuffleBuckets {

    private final List<Path> paths = new ArrayList<>();
    private final List<BufferedWriter> writers = new ArrayList<>();

    ShuffleBuckets(Path tmpDir, String name, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path path = tmpDir.resolve(name + "-" + i + ".part");
            paths.add(path);
            writers.add(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        }
    }

    void add(String line, Dice dice) throws IOException {
        BufferedWriter writer = writers.get(dice.below(writers.size()));
        writer.write(line);
        writer.write('\n');
    }

    /** Hands every line to the sink in shuffled order, then deletes the buckets. */
    void drain(Dice dice, Consumer<String> sink) throws IOException {
        for (BufferedWriter writer : writers) {
            writer.close();
        }
        for (Path path : paths) {
            List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
            for (int i = lines.size() - 1; i > 0; i--) {
                int j = dice.below(i + 1);
                String swap = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, swap);
            }
            lines.forEach(sink);
            Files.delete(path);
        }
    }
}
