package kz.koshi.identity.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.util.List;
import java.util.function.Consumer;

import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.PartialDate;

/**
 * Reads the Koshi record CSV layout (any subset of the standard columns) into {@link IdentityRecord}s,
 * counting what it had to repair. Problems are reported by row number only: never a value, which is
 * personal data.
 */
final class RecordCsvReader {

    static final List<String> COLUMNS = List.of("record_id", "source", "surname", "given_name", "patronymic",
            "birth_date", "sex", "citizenship", "document_number", "national_id", "address", "phone");
    private static final int MAX_ROWS_NAMED = 10;

    final RunReport report = new RunReport();

    /** Reads every row, handing each record to {@code sink}; returns false if the header is unusable. */
    boolean read(CsvReader csv, Consumer<IdentityRecord> sink, PrintStream err) throws IOException {
        List<String> header = csv.next();
        if (header == null) {
            err.println("link: input is empty (no header row)");
            return false;
        }
        int[] column = new int[COLUMNS.size()];
        java.util.Arrays.fill(column, -1);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip().toLowerCase(java.util.Locale.ROOT);
            int known = COLUMNS.indexOf(name);
            if (known >= 0) {
                column[known] = c;
            } else {
                err.println("link: warning: column '" + name + "' is not a record column and is ignored");
            }
        }
        if (column[0] < 0) {
            err.println("link: input has no record_id column");
            return false;
        }
        for (List<String> row; (row = csv.next()) != null; ) {
            report.rows++;
            if (row.size() == 1 && row.get(0).isBlank()) {
                report.rows--;
                continue; // a trailing empty line
            }
            IdentityRecord record = toRecord(row, column, err);
            if (record != null) {
                sink.accept(record);
            }
        }
        return true;
    }

    private IdentityRecord toRecord(List<String> row, int[] column, PrintStream err) {
        String[] v = new String[COLUMNS.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = column[k] >= 0 && column[k] < row.size() ? blankToNull(row.get(column[k])) : null;
        }
        if (v[0] == null) {
            report.withoutId++;
            note(err, report.withoutId, "row " + report.rows + " has no record_id: skipped");
            return null;
        }
        PartialDate birth;
        try {
            birth = PartialDate.parse(v[5]);
        } catch (DateTimeException e) {
            report.malformedDates++;
            birth = PartialDate.validLeadingPart(v[5]);
            note(err, report.malformedDates, "row " + report.rows + ": malformed birth_date, "
                    + (birth.isKnown() ? "kept as " + birth : "treated as missing"));
        }
        IdentityRecord record = new IdentityRecord(v[0], v[1], v[2], v[3], v[4], birth, v[6], v[7], v[8], v[9],
                v[10], v[11]);
        if (record.hasNoName()) {
            report.withoutName++;
            note(err, report.withoutName, "row " + report.rows + " has no name: kept as its own cluster, not linked");
        }
        return record;
    }

    private static void note(PrintStream err, long count, String message) {
        if (count <= MAX_ROWS_NAMED) {
            err.println("link: " + message);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
