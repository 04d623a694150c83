package kz.koshi.relink;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.PartialDate;

/**
 * Reads the Koshi record CSV (the {@code link} command's layout: any subset of the standard columns) into rows
 * numbered in file order, which is the order the single-machine run gives its records. The values are those the
 * {@code link} command reads: stripped, blank as missing, a malformed birth date kept as its valid leading part.
 */
final class SourceRows {

    static final List<String> COLUMNS = List.of("record_id", "source", "surname", "given_name", "patronymic",
            "birth_date", "sex", "citizenship", "document_number", "national_id", "address", "phone");

    private SourceRows() {
    }

    /** Rows with a record id, keyed by their place in the file; values in {@link #COLUMNS} order. */
    static JavaPairRDD<Long, String[]> read(SparkSession spark, String path, int partitions) {
        Dataset<Row> csv = spark.read().option("header", "true").option("multiLine", "true")
                .option("escape", "\"").option("inferSchema", "false").csv(path);
        String[] header = csv.columns();
        int[] column = new int[COLUMNS.size()];
        Arrays.fill(column, -1);
        for (int c = 0; c < header.length; c++) {
            int known = COLUMNS.indexOf(header[c].strip().toLowerCase(Locale.ROOT));
            if (known >= 0) {
                column[known] = c;
            }
        }
        if (column[0] < 0) {
            throw new IllegalArgumentException("input has no record_id column");
        }
        return csv.javaRDD().map(row -> values(row, column)).filter(v -> v[0] != null)
                .zipWithIndex().mapToPair(t -> new scala.Tuple2<>(t._2(), t._1())).repartition(partitions);
    }

    static IdentityRecord record(String[] v) {
        PartialDate birth;
        try {
            birth = PartialDate.parse(v[5]);
        } catch (DateTimeException e) {
            birth = PartialDate.validLeadingPart(v[5]);
        }
        return new IdentityRecord(v[0], v[1], v[2], v[3], v[4], birth, v[6], v[7], v[8], v[9], v[10], v[11]);
    }

    private static String[] values(Row row, int[] column) {
        String[] v = new String[COLUMNS.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = clean(column[k] >= 0 && !row.isNullAt(column[k]) ? row.getString(column[k]) : null);
        }
        return v;
    }

    /** A value as the {@code link} command reads it: stripped, blank as missing. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
