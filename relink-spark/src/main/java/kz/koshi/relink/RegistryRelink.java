package kz.koshi.relink;

import org.apache.spark.sql.SparkSession;

import kz.koshi.identity.engine.MatchModel;

/**
 * The re-link against the registry: a run row (WRITING) first, then the resolved records read (from a read
 * replica, or the primary), linked, and every record's cluster written; then the run is WRITTEN with its counts.
 * Anything that goes wrong marks the run FAILED and is thrown on. Prints counts and times, never a value.
 */
final class RegistryRelink {

    private final SparkSession spark;
    private final int partitions;
    private final int connections;

    RegistryRelink(SparkSession spark, int partitions, int connections) {
        this.spark = spark;
        this.partitions = partitions;
        this.connections = connections;
    }

    /** The run's id. {@code modelFile} null: the registry's current model ({@link RegistryModel}). */
    long run(Registry primary, Registry source, String modelFile) throws Exception {
        RelinkRuns runs = new RelinkRuns(primary);
        long run = runs.start();
        try {
            runs.written(run, write(run, primary, source, modelFile));
            return run;
        } catch (Exception | Error e) {
            runs.failed(run);
            throw e;
        }
    }

    private RegistryClusters.Counts write(long run, Registry primary, Registry source, String modelFile)
            throws Exception {
        long start = System.nanoTime();
        MatchModel model = modelFile == null ? RegistryModel.current(primary) : RelinkJob.model(modelFile);
        Relink.Result result = new Relink(spark, partitions)
                .run(RegistryRows.read(spark, source, partitions, connections), model);
        try {
            RegistryClusters clusters = RegistryClusters.of(run, result.clusters());
            RegistryClusters.Counts counts = clusters.count();
            long linked = System.nanoTime();
            clusters.save(spark, primary, connections);
            System.err.printf("relink: run %d: %d records, %d clusters; linked in %.1f s, written in %.1f s%n", run,
                    counts.records(), counts.clusters(), (linked - start) / 1e9, (System.nanoTime() - linked) / 1e9);
            return counts;
        } finally {
            result.release();
        }
    }
}
