package kz.koshi.identity.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads and writes a {@link MatchModel} as a properties file, one line per value, so the registry can
 * keep trained parameters in a text column and a human can diff two versions:
 * <pre>
 * lambda=1.0E-4
 * threshold.link=0.99
 * threshold.review=0.5
 * surname.exact.m=0.85
 * surname.exact.u=0.002
 * </pre>
 * Level "missing" is never written: it carries no evidence. A level added to the engine after a model
 * was saved (both its m and u absent) reads as m = u, weight 0, until the model is retrained.
 */
public final class MatchModelFile {

    static final MatchModel DEFAULTS = loadDefaults();

    private MatchModelFile() {
    }

    public static MatchModel read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<Field, FieldParameters> fields = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            double[] m = new double[field.levelCount()];
            double[] u = new double[field.levelCount()];
            m[0] = u[0] = 1.0;
            for (int level = 1; level < field.levelCount(); level++) {
                String key = field.key() + "." + field.levelName(level);
                if (DEFAULTS != null && p.containsKey(field.key() + ".exact.m") && !p.containsKey(key + ".m")
                        && !p.containsKey(key + ".u")) {
                    // A model saved before this level existed: the level weighs nothing until retrained.
                    m[level] = u[level] = DEFAULTS.parameters(field).u(level);
                    continue;
                }
                m[level] = number(p, key + ".m");
                u[level] = number(p, key + ".u");
            }
            fields.put(field, new FieldParameters(field, m, u));
        }
        return new MatchModel(number(p, "lambda"), number(p, "threshold.link"), number(p, "threshold.review"),
                fields);
    }

    public static void write(MatchModel model, Writer writer) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        for (Field field : Field.values()) {
            FieldParameters f = model.parameters(field);
            for (int level = 1; level < field.levelCount(); level++) {
                lines.put(field.key() + "." + field.levelName(level) + ".m", Double.toString(f.m(level)));
                lines.put(field.key() + "." + field.levelName(level) + ".u", Double.toString(f.u(level)));
            }
        }
        writer.write("# Koshi identity match model: m = P(level | same person), u = P(level | different)\n");
        writer.write("lambda=" + model.lambda() + "\n");
        writer.write("threshold.link=" + model.linkThreshold() + "\n");
        writer.write("threshold.review=" + model.reviewThreshold() + "\n");
        for (var line : lines.entrySet()) {
            writer.write(line.getKey() + "=" + line.getValue() + "\n");
        }
        writer.flush();
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("model file lacks " + key);
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model file: " + key + " is not a number");
        }
    }

    private static MatchModel loadDefaults() {
        try (var in = MatchModelFile.class.getResourceAsStream("default-model.properties")) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
