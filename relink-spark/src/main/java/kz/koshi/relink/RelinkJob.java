package kz.koshi.relink;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;

/**
 * The national re-link job. Usage (spark-submit, or java with Spark on the class path for local mode), either
 * {@code --input records.csv --output clusters-dir [--merged c.csv]} (CSV in, CSV out) or
 * {@code --registry jdbc:postgresql://primary/koshi [--replica jdbc:postgresql://replica/koshi] [--connections N]}
 * (the registry's resolved records in, a run of clusters written back for the registry to reconcile; exits 1 if the
 * run FAILED); both with {@code [--model model.properties] [--partitions N]}.
 * The model is the trained one ({@code java -jar koshi.jar link --save-model}, or the registry's); without it the
 * shipped defaults. Prints counts and phase times, never a record's value.
 */
public final class RelinkJob {

    private static final String USAGE = "usage: relink (--input records.csv --output clusters-dir [--merged c.csv]"
            + " | --registry jdbc-url [--replica jdbc-url] [--connections N]) [--model model.properties]"
            + " [--partitions N]";

    /** At most this many connections to the registry at once, unless {@code --connections} says otherwise. */
    static final int DEFAULT_CONNECTIONS = 16;

    private RelinkJob() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        boolean registry = options.containsKey("registry");
        if (!registry && (!options.containsKey("input") || !options.containsKey("output"))) {
            System.err.println(USAGE);
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("koshi-relink").setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.enabled", "false");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int partitions = Integer.parseInt(options.getOrDefault("partitions",
                String.valueOf(spark.sparkContext().defaultParallelism() * 4)));
        boolean done = registry ? registry(spark, options, partitions) : csv(spark, options, partitions);
        spark.stop();
        if (!done) {
            System.exit(1);
        }
    }

    private static boolean csv(SparkSession spark, Map<String, String> options, int partitions) throws IOException {
        long start = System.nanoTime();
        Relink.Result result = new Relink(spark, partitions).run(options.get("input"), model(options.get("model")));
        ClusterOutput.write(spark, result.clusters(), options.get("output"));
        System.err.printf("relink: %d records, %d candidate pairs, %d pairs kept for linking or review; %.1f s%n",
                result.records(), result.candidates().value(), result.pairs().count(),
                (System.nanoTime() - start) / 1e9);
        if (options.containsKey("merged")) {
            ClusterOutput.merge(Path.of(options.get("output")), Path.of(options.get("merged")));
        }
        result.release();
        return true;
    }

    /**
     * The run against the registry; false if it failed (only the exception's class and, for a database refusal, its SQL
     * state are printed: no values).
     */
    private static boolean registry(SparkSession spark, Map<String, String> options, int partitions) {
        Registry primary = Registry.of(options.get("registry"));
        Registry source = options.containsKey("replica") ? Registry.of(options.get("replica")) : primary;
        int connections = Integer.parseInt(options.getOrDefault("connections",
                String.valueOf(Math.min(partitions, DEFAULT_CONNECTIONS))));
        try {
            new RegistryRelink(spark, partitions, connections).run(primary, source, options.get("model"));
            return true;
        } catch (Exception e) {
            System.err.println("relink: the run FAILED: " + e.getClass().getName() + sqlState(e));
            return false;
        }
    }

    /** " (SQL state 23505)" for the first database refusal in the chain of causes, else nothing. */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException refusal && refusal.getSQLState() != null) {
                return " (SQL state " + refusal.getSQLState() + ")";
            }
        }
        return "";
    }

    static MatchModel model(String file) throws IOException {
        if (file == null) {
            return MatchModel.defaults();
        }
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return MatchModelFile.read(in);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
