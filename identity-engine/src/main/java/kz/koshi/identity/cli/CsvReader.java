package kz.koshi.identity.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF.
 * Holds one row at a time, so a file of any size reads in constant memory.
 */
public final class CsvReader implements AutoCloseable {

    private final Reader in;
    private int peeked = -2;
    private long line = 1;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next row, or null at end of input. A UTF-8 byte order mark before the header is skipped. */
    public List<String> next() throws IOException {
        int c = read();
        if (c == '\uFEFF' && line == 1) {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        long quoteLine = line;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new UnterminatedQuote(quoteLine);
                } else if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                row.add(field.toString());
                return row;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Line number (1-based) the reader has reached, for messages. */
    public long line() {
        return line;
    }

    private int read() throws IOException {
        int c = peeked != -2 ? peeked : in.read();
        peeked = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    /** A quoted field that never ends: nothing after its opening quote can be read as rows. */
    public static final class UnterminatedQuote extends IOException {

        private final long line;

        UnterminatedQuote(long line) {
            super("unterminated quoted field opened at line " + line);
            this.line = line;
        }

        /** The line (1-based) where the unclosed quote opens. */
        public long line() {
            return line;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
