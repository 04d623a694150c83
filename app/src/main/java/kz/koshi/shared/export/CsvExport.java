package kz.koshi.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV for Excel in Kazakhstan: UTF-8 with a byte order mark (so Excel reads Cyrillic and Kazakh
 * letters), semicolons between fields (the list separator of Russian and Kazakh Windows), CRLF line ends, RFC 4180
 * quoting. A cell that would start a formula (= + - @) is prefixed with an apostrophe, so a typed value never runs.
 */
public final class CsvExport implements AutoCloseable {

    private final Writer out;

    /** Starts the file with the byte order mark; the caller writes the header line(s) and rows. */
    public CsvExport(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write("\uFEFF");
    }

    public void line(List<String> cells) {
        write(cells.stream().map(CsvExport::cell).collect(Collectors.joining(";")) + "\r\n");
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+") ? "'" + value : value;
        boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
