package kz.koshi.demo.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.shared.CommandLineTool;

/**
 * {@code java -jar koshi.jar generate --persons N --out DIR [--seed S]}: writes a synthetic population
 * as agency feeds for the linker and its evaluation. Bad arguments give the usage on stderr and exit 2.
 */
public final class GenerateCommand implements CommandLineTool {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a synthetic population as agency feed CSVs (--persons N --out DIR [--seed S])";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(GeneratorOptions.USAGE);
            return 0;
        }
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.print(GeneratorOptions.USAGE);
            return 2;
        }
        try {
            long started = System.nanoTime();
            OutputFiles files = new OutputFiles(options.out(), options.persons());
            new PopulationGenerator(NameBank.load()).generate(options.persons(), options.seed(), files);
            Map<Source, Integer> counts = files.finish(options.seed());
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.printf("generate: %d persons, %d records in %s (%.1f s)%n  %s%n", options.persons(), total,
                    options.out(), (System.nanoTime() - started) / 1e9, counts.entrySet().stream()
                            .map(e -> e.getKey().code() + " " + e.getValue()).collect(Collectors.joining(", ")));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("generate: cannot write " + options.out() + ": " + e.getMessage());
            return 1;
        }
    }
}
