package kz.koshi.reporting.open;

import java.util.List;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.PublishedTable;

/**
 * An edition as files: CSV (one row per cell: figure, dimension, period, key, value) and JSON (the tables with their
 * totals). A hidden number is the marker {@value #MARKER}, which says nothing of its size; codes, never labels.
 */
public final class OpenDataFiles {

    public static final String MARKER = "x";

    private OpenDataFiles() {
    }

    public static String csv(Edition edition) {
        StringBuilder csv = new StringBuilder("figure,dimension,period,key,value\r\n");
        for (PublishedTable table : edition.tables()) {
            String prefix = table.table().figure() + "," + table.table().by() + "," + Edition.period(table) + ",";
            for (Cell cell : table.table().cells()) {
                csv.append(prefix).append(quoted(cell.key())).append(',').append(value(table, cell)).append("\r\n");
            }
        }
        return csv.toString();
    }

    public static Json json(Edition edition) {
        return new Json(edition.year(), edition.made().toString(), MARKER,
                edition.tables().stream().map(OpenDataFiles::table).toList());
    }

    private static Json.Table table(PublishedTable table) {
        return new Json.Table(table.table().figure().name(), table.table().by().name(), Edition.period(table),
                table.totalSuppressed() ? MARKER : table.table().total(),
                table.table().cells().stream().map(c -> new Json.Cell(c.key(), value(table, c))).toList());
    }

    private static Object value(PublishedTable table, Cell cell) {
        return table.suppressed(cell.key()) ? MARKER : cell.count();
    }

    private static String quoted(String key) {
        return key.matches("[\\w-]*") ? key : '"' + key.replace("\"", "\"\"") + '"';
    }

    /** The JSON file: a number or the marker for every cell and total. */
    public record Json(int year, String published, String suppressed, List<Table> tables) {

        public record Table(String figure, String dimension, String period, Object total, List<Cell> cells) {
        }

        public record Cell(String key, Object value) {
        }
    }
}
