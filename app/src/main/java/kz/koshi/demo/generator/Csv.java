package kz.koshi.demo.generator;

/**
 * RFC 4180 output: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end in CRLF.
 * Null is written as an empty field.
 */
final class Csv {

    static final String LINE_END = "\r\n";

    private Csv() {
    }

    static String join(String... fields) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, fields[i]);
        }
        return line.toString();
    }

    static String join(java.util.List<String> fields) {
        return join(fields.toArray(String[]::new));
    }

    private static void appendField(StringBuilder line, String field) {
        if (field == null || field.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }
}
