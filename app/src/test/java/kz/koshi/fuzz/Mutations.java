package kz.koshi.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The bad inputs a fuzz run sends: values for one field or parameter, and whole bodies. */
final class Mutations {

    private Mutations() {
    }

    /** Text values, each named for the report. */
    static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("nul", "a\u0000b"),
            Map.entry("lone-high-surrogate", "x\uD800"),
            Map.entry("lone-low-surrogate", "\uDFFFx"),
            Map.entry("bell", "\u0007"),
            Map.entry("c1", "x\u0085\u009F"),
            Map.entry("5000-chars", "W".repeat(5000)),
            Map.entry("20000-chars", "Ж".repeat(20_000)),
            Map.entry("date-max", "+999999999-12-31"),
            Map.entry("date-year-0", "0000-01-01"),
            Map.entry("date-year-minus-1", "-0001-01-01"),
            Map.entry("date-9999", "9999-12-31"),
            Map.entry("date-impossible", "2026-02-30"),
            Map.entry("instant-far", "+1000000000-01-01T00:00:00Z"),
            Map.entry("sql", "' OR 1=1 --"),
            Map.entry("markup", "<script>alert(1)</script>"),
            Map.entry("empty", ""),
            Map.entry("blank", "   "));

    /** Numbers as JSON literals. */
    static final Map<String, String> NUMBERS = Map.of(
            "minus-one", "-1",
            "zero", "0",
            "int-overflow", "2147483648",
            "long-overflow", "9223372036854775808",
            "huge", "1e308",
            "fraction", "1.5",
            "text", "\"1x\"");

    record Body(String name, String contentType, byte[] bytes) {
    }

    static final List<Body> BODIES = List.of(
            body("multipart-no-boundary", "multipart/form-data", "x"),
            body("multipart-wrong-boundary", "multipart/form-data; boundary=zz", "--yy\r\nbroken\r\n"),
            body("text-plain", "text/plain", "hello"),
            body("xml", "application/xml", "<a/>"),
            body("broken-json", "application/json", "{\"a\":"),
            body("empty-json", "application/json", ""),
            body("json-null", "application/json", "null"),
            body("json-array", "application/json", "[]"),
            body("json-string", "application/json", "\"x\""),
            body("json-deep", "application/json", "[".repeat(5000) + "]".repeat(5000)),
            body("json-nul-key", "application/json", "{\"\\u0000\":1}"),
            body("form-bad-encoding", "application/x-www-form-urlencoded", "a=%zz&%=1"),
            body("csv-unmatched-quote", "text/csv", "record_id,source,surname\nR1,border,\"OPEN\nR2,border,X\n"));

    private static Body body(String name, String type, String text) {
        return new Body(name, type, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal with every non-ASCII character escaped, so lone surrogates reach the server as sent. */
    static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** Percent-encoding for a URL, with a lone surrogate sent as the bytes a careless encoder produces. */
    static String urlEncoded(String value) {
        StringBuilder url = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                url.append(Character.isHighSurrogate(c) ? "%ED%A0%80" : "%ED%BF%BF");
            } else if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_' || c == '.') {
                url.append(c);
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    url.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return url.toString();
    }
}
