package kz.koshi.identity.cli;

import java.io.IOException;
import java.io.Writer;

/** Writes CSV cells, quoting only when RFC 4180 requires it. */
final class ClusterCsvWriter {

    private ClusterCsvWriter() {
    }

    static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i]));
        }
        out.write('\n');
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
