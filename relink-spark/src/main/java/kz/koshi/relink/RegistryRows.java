package kz.koshi.relink;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

/**
 * The registry's resolved source records (those with a person number) as the job's rows, numbered in id order.
 * Read once through Spark's JDBC source, in {@code connections} ranges of id between the least and the greatest
 * (kept on the executors' disks while they are sorted and numbered, so the database is not read twice).
 */
final class RegistryRows {

    static final String RESOLVED = "(select id, source, payload from identity_source_record"
            + " where person_number is not null) resolved";
    static final int FETCH_SIZE = 10_000;

    private RegistryRows() {
    }

    static JavaPairRDD<Long, String[]> read(SparkSession spark, Registry registry, int partitions, int connections)
            throws SQLException {
        long[] ids = idRange(registry);
        JavaPairRDD<Long, String[]> byId = spark.read().format("jdbc").options(registry.sparkOptions())
                .option("dbtable", RESOLVED).option("partitionColumn", "id").option("lowerBound", ids[0])
                .option("upperBound", ids[1]).option("numPartitions", connections).option("fetchsize", FETCH_SIZE)
                .load().javaRDD().mapToPair((Row r) -> new Tuple2<>(r.getLong(0),
                        PayloadRow.values(r.getLong(0), r.getString(1), r.getString(2))))
                .persist(StorageLevel.DISK_ONLY());
        return byId.sortByKey(true, partitions).values().zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1())).repartition(partitions);
    }

    /** The least and the greatest id of a resolved record (0, 0 when there is none). */
    private static long[] idRange(Registry registry) throws SQLException {
        try (Connection c = registry.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(min(id), 0), coalesce(max(id), 0) from "
                     + "identity_source_record where person_number is not null")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }
}
