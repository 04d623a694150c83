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

    /** Reads the file; one without even a header is refused. */
    static FeedFile parse(String content, String defaultSource) {
        try (CsvReader reader = new CsvReader(new StringReader(content))) {
            List<String> header = reader.next();
            if (header == null) {
                throw new DomainProblem(ProblemType.VALIDATION, "file", "identity.import.empty");
            }
            FeedColumns columns = FeedColumns.of(header);
            List<Line> lines = new ArrayList<>();
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                lines.add(new Line(reader.line(), columns.parse(row, defaultSource)));
            }
            return new FeedFile(List.copyOf(lines), columns.unknown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
