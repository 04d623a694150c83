package kz.koshi.relink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the clusters as CSV part files ({@code record_id,cluster_id}, in batch order), the registry's input for
 * reconciling; on a local file system they can be merged into one file (the {@code link} command's output).
 */
final class ClusterOutput {

    private static final StructType SCHEMA = new StructType()
            .add("record_id", DataTypes.StringType, false).add("cluster_id", DataTypes.StringType, false);

    private ClusterOutput() {
    }

    static void write(SparkSession spark, JavaPairRDD<Long, String[]> clusters, String directory) {
        JavaRDD<Row> rows = clusters.sortByKey().values().map(v -> RowFactory.create(v[0], v[1]));
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.Overwrite).option("header", "true")
                .option("escape", "\"").csv(directory);
    }

    /** Joins the part files of {@code directory} into one CSV with one header. */
    static void merge(Path directory, Path file) throws IOException {
        List<Path> parts;
        try (Stream<Path> all = Files.list(directory)) {
            parts = all.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("record_id,cluster_id\n");
            for (Path part : parts) {
                List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
    }
}
