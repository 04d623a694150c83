package kz.koshi.demo.generator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@code generate}; {@link #parse} rejects bad input with a message for the user. */
record GeneratorOptions(int persons, Path out, long seed) {

    static final int MAX_PERSONS = 20_000_000;
    static final long DEFAULT_SEED = 42;

    static final String USAGE = """
            Usage: java -jar koshi.jar generate --persons N --out DIR [--seed S]
              --persons N   number of true persons to generate, 1..%d
              --out DIR     output directory, created if missing; existing files of the same names are replaced
              --seed S      random seed, a whole number (default %d); the same arguments give byte-identical files
            """.formatted(MAX_PERSONS, DEFAULT_SEED);

    static GeneratorOptions parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--persons", "--out", "--seed").contains(name)) {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
        }
        if (!values.containsKey("--persons") || !values.containsKey("--out")) {
            throw new IllegalArgumentException("--persons and --out are required");
        }
        int persons = (int) number(values.get("--persons"), "--persons", 1, MAX_PERSONS);
        long seed = values.containsKey("--seed")
                ? number(values.get("--seed"), "--seed", Long.MIN_VALUE, Long.MAX_VALUE) : DEFAULT_SEED;
        String out = values.get("--out");
        if (out.isBlank()) {
            throw new IllegalArgumentException("--out needs a directory");
        }
        try {
            return new GeneratorOptions(persons, Path.of(out), seed);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("--out is not a valid path: " + out);
        }
    }

    private static long number(String text, String name, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + text);
        }
    }
}
