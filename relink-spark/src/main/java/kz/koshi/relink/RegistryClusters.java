package kz.koshi.relink;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes a run's clusters to {@code identity_relink_cluster} with Spark's JDBC writer: one row per record, the
 * cluster named by the registry id of its named record. The registry reads them once the run is WRITTEN.
 */
final class RegistryClusters {

    static final int BATCH_SIZE = 10_000;

    private static final StructType SCHEMA = new StructType().add("run_id", DataTypes.LongType, false)
            .add("source_record_id", DataTypes.LongType, false).add("cluster_id", DataTypes.LongType, false);

    private final JavaRDD<Row> rows;

    private RegistryClusters(JavaRDD<Row> rows) {
        this.rows = rows;
    }

    /** The run's rows, kept while they are counted and written. */
    static RegistryClusters of(long run, JavaPairRDD<Long, String[]> clusters) {
        return new RegistryClusters(clusters.values().map(v -> RowFactory.create(run, Long.parseLong(v[0]),
                Long.parseLong(v[1]))).persist(StorageLevel.MEMORY_AND_DISK()));
    }

    /** The records and the clusters (the re-link runs here: the rows are what it computes). */
    Counts count() {
        return new Counts(rows.count(), rows.map(r -> r.getLong(2)).distinct().count());
    }

    /** Appends the rows in batches, over at most {@code connections} connections at once. */
    void save(SparkSession spark, Registry registry, int connections) {
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Append).format("jdbc")
                .options(registry.sparkOptions()).option("dbtable", "identity_relink_cluster")
                .option("batchsize", BATCH_SIZE).option("numPartitions", connections).save();
        rows.unpersist(false);
    }

    record Counts(long records, long clusters) {
    }
}
