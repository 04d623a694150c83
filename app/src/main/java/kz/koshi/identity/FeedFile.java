package kz.koshi.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.cli.CsvReader;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** A feed file read whole: each row parsed with its line number, and the columns the registry does not know. */
record FeedFile(List<Line> lines, List<String> unknownColumns) {

    record Line(long number, FeedColumns.Row row) {
    }

    /** Reads the file; one without even a header, or with a quote never closed, is refused whole. */
    static FeedFile parse(String content, String defaultSource) {
        try (CsvReader reader = new CsvReader(new StringReader(content))) {
            List<String> header = reader.next();
            if (header == null) {
                throw new DomainProblem(ProblemType.VALIDATION, "file", "identity.import.empty");
            }
            FeedColumns columns = FeedColumns.of(header);
            List<Line> lines = new ArrayList<>();
            // The line a row starts on: after a row, the reader stands on the next one's first line.
            long line = reader.line();
            for (List<String> row = reader.next(); row != null; line = reader.line(), row = reader.next()) {
                lines.add(new Line(line, columns.parse(row, defaultSource)));
            }
            return new FeedFile(List.copyOf(lines), columns.unknown());
        } catch (CsvReader.UnterminatedQuote e) {
            // The file is read whole before a job exists, so no row of it is stored.
            throw new DomainProblem(ProblemType.VALIDATION, "file", "identity.import.unterminated-quote", e.line());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
