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

    private RegistryClusters() {
    }

    static Counts write(SparkSession spark, Registry registry, long run, JavaPairRDD<Long, String[]> clusters,
                        int connections) {
        JavaRDD<Row> rows = clusters.values().map(v -> RowFactory.create(run, Long.parseLong(v[0]),
                Long.parseLong(v[1]))).persist(StorageLevel.MEMORY_AND_DISK());
        Counts counts = new Counts(rows.count(), rows.map(r -> r.getLong(2)).distinct().count());
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Append).format("jdbc")
                .options(registry.sparkOptions()).option("dbtable", "identity_relink_cluster")
                .option("batchsize", BATCH_SIZE).option("numPartitions", connections).save();
        rows.unpersist(false);
        return counts;
    }

    record Counts(long records, long clusters) {
    }
}
