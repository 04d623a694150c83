import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the public benchmark datasets (../shared/data) into the Koshi record CSV plus a truth file
 * (record_id,person_id). Run: java bench/ConvertDatasets.java ../shared/data bench/out
 * Only the standard columns are written; FEBRL address = street number, address 1/2, suburb, postcode,
 * state in one field; soc_sec_id -> national_id; date_of_birth YYYYMMDD -> yyyy-mm-dd (invalid dates are
 * passed through so the linker reports and ignores them).
 */
public class ConvertDatasets {

    enum Fields { ALL, NO_ID, NAMES_DOB }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (int n : new int[] {1, 2, 3}) {
            for (Fields f : Fields.values()) {
                febrl(out.resolve("febrl" + n + suffix(f)), f, data.resolve("febrl/dataset" + n + ".csv"));
            }
        }
        for (Fields f : Fields.values()) {
            febrl(out.resolve("febrl4" + suffix(f)), f, data.resolve("febrl/dataset4a.csv"),
                    data.resolve("febrl/dataset4b.csv"));
        }
        rldata(out.resolve("rldata10000"), data.resolve("rldata/RLdata10000.csv"));
        historical(out.resolve("historical50k"), data.resolve("splink/historical_figures_with_errors_50k.csv"));
    }

    static String suffix(Fields f) {
        return switch (f) { case ALL -> ""; case NO_ID -> "_noid"; case NAMES_DOB -> "_names_dob"; };
    }

    static void febrl(Path dir, Fields fields, Path... files) throws IOException {
        Files.createDirectories(dir);
        try (var rec = writer(dir.resolve("records.csv")); var truth = writer(dir.resolve("truth.csv"))) {
            rec.println("record_id,given_name,surname,birth_date,national_id,address");
            truth.println("record_id,person_id");
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] c = line.split(",", -1);
                    for (int i = 0; i < c.length; i++) c[i] = c[i].strip();
                    String id = c[0];
                    String dob = c[9].length() == 8 ? c[9].substring(0, 4) + "-" + c[9].substring(4, 6) + "-"
                            + c[9].substring(6) : "";
                    String nid = fields == Fields.ALL ? c[10] : "";
                    String address = fields == Fields.NAMES_DOB ? ""
                            : String.join(" ", c[3], c[4], c[5], c[6], c[7], c[8]).strip().replaceAll(" +", " ");
                    rec.println(String.join(",", id, c[1], c[2], dob, nid, address));
                    truth.println(id + "," + id.split("-")[1]);
                }
            }
        }
    }

    static void rldata(Path dir, Path file) throws IOException {
        Files.createDirectories(dir);
        try (var rec = writer(dir.resolve("records.csv")); var truth = writer(dir.resolve("truth.csv"))) {
            rec.println("record_id,given_name,surname,birth_date");
            truth.println("record_id,person_id");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                String given = (c[2] + " " + c[3]).strip();
                String surname = (c[4] + " " + c[5]).strip();
                String dob = "%s-%02d-%02d".formatted(c[6], Integer.parseInt(c[7]), Integer.parseInt(c[8]));
                rec.println(String.join(",", c[0], given, surname, dob));
                truth.println(c[0] + "," + c[1]);
            }
        }
    }

    static void historical(Path dir, Path file) throws IOException {
        Files.createDirectories(dir);
        try (var rec = writer(dir.resolve("records.csv")); var truth = writer(dir.resolve("truth.csv"));
             BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rec.println("record_id,given_name,surname,birth_date,sex,address");
            truth.println("record_id,person_id");
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                List<String> c = splitQuoted(line);
                String sex = switch (c.get(9)) { case "male" -> "M"; case "female" -> "F"; default -> ""; };
                String address = (c.get(7) + " " + c.get(8)).strip();
                rec.println(String.join(",", c.get(0), quote(c.get(4)), quote(c.get(5)), c.get(6), sex,
                        quote(address)));
                truth.println(c.get(0) + "," + c.get(1));
            }
        }
    }

    static List<String> splitQuoted(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (q) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { f.append('"'); i++; }
                else if (ch == '"') q = false;
                else f.append(ch);
            } else if (ch == '"') q = true;
            else if (ch == ',') { out.add(f.toString()); f.setLength(0); }
            else f.append(ch);
        }
        out.add(f.toString());
        return out;
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    static PrintWriter writer(Path p) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8));
    }
}
