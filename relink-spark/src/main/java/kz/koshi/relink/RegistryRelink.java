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

    /** The run's id. {@code modelFile} null: the engine's shipped model. */
    long run(Registry primary, Registry source, String modelFile) throws Exception {
        RelinkRuns runs = new RelinkRuns(primary);
        long run = runs.start();
        try {
            long start = System.nanoTime();
            MatchModel model = RelinkJob.model(modelFile);
            Relink.Result result = new Relink(spark, partitions)
                    .run(RegistryRows.read(spark, source, partitions, connections), model);
            try {
                RegistryClusters.Counts counts = RegistryClusters.write(spark, primary, run, result.clusters(),
                        connections);
                runs.written(run, counts);
                System.err.printf("relink: run %d WRITTEN: %d records, %d clusters; %.1f s%n", run, counts.records(),
                        counts.clusters(), (System.nanoTime() - start) / 1e9);
            } finally {
                result.release();
            }
            return run;
        } catch (Exception | Error e) {
            runs.failed(run);
            throw e;
        }
    }
}
