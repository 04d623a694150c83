package kz.koshi.relink;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import kz.koshi.identity.cli.StandardNameKeys;
import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;
import kz.koshi.identity.engine.compare.Comparer;
import kz.koshi.identity.engine.compare.Scorer;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.TermFrequencies;
import kz.koshi.identity.engine.normal.Vocabulary;

/**
 * What every task needs of the engine, shipped once per executor: the batch's vocabulary and term frequencies
 * (broadcast) and the trained model (as its properties text). Each executor JVM builds the engine's scorer once
 * per run; normalisers are per task thread (the name keys are not shared between threads).
 */
final class EngineContext implements Serializable {

    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    private final String run = UUID.randomUUID().toString();
    private final Broadcast<ArrayList<String>> vocabulary;
    private final Broadcast<HashMap<Long, Integer>> frequencies;
    private final String model;
    private transient ThreadLocal<Normaliser> normaliser;

    /** For normalising: the vocabulary, no counts yet. */
    EngineContext(JavaSparkContext spark, ArrayList<String> vocabulary, MatchModel model) {
        this(spark.broadcast(vocabulary), spark.broadcast(new HashMap<>()), text(model));
    }

    private EngineContext(Broadcast<ArrayList<String>> vocabulary, Broadcast<HashMap<Long, Integer>> frequencies,
                          String model) {
        this.vocabulary = vocabulary;
        this.frequencies = frequencies;
        this.model = model;
    }

    /** For scoring: the same vocabulary with the batch's term frequencies. */
    EngineContext counted(JavaSparkContext spark, HashMap<Long, Integer> counts) {
        return new EngineContext(vocabulary, spark.broadcast(counts), model);
    }

    /** Key of a value's count in the frequency table: the field, then the value's vocabulary id. */
    static long frequencyKey(Field field, int valueId) {
        return (long) field.ordinal() << 32 | valueId;
    }

    Scorer scorer() {
        return engine().scorer;
    }

    MatchModel model() {
        return engine().scorer.model();
    }

    /** A normaliser over the batch's vocabulary, one per task thread. */
    Normaliser normaliser() {
        if (normaliser == null) {
            normaliser = ThreadLocal.withInitial(() -> new Normaliser(StandardNameKeys.get(), engine().vocabulary));
        }
        return normaliser.get();
    }

    /** Forgets this run's engine in the driver's and local executors' JVM (tests run several). */
    void release() {
        ENGINES.remove(run);
        frequencies.destroy();
    }

    private Engine engine() {
        return ENGINES.computeIfAbsent(run, r -> {
            Vocabulary v = BatchVocabulary.rebuild(vocabulary.value());
            TermFrequencies f = new TermFrequencies();
            frequencies.value().forEach((key, count) -> f.add(Field.values()[(int) (key >>> 32)], (int) (long) key,
                    count));
            return new Engine(v, new Scorer(read(model), new Comparer(v), f));
        });
    }

    private static String text(MatchModel model) {
        StringWriter out = new StringWriter();
        try {
            MatchModelFile.write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static MatchModel read(String text) {
        try {
            return MatchModelFile.read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Engine(Vocabulary vocabulary, Scorer scorer) {
    }
}
