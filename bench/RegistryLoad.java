import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.cli.CsvReader;
import kz.koshi.identity.registry.SearchKeys;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Loads a generated population into an empty Koshi database as the registry holds it after resolution:
 * one person per true person, the search keys of every spelling of every one of its records (the same
 * {@link SearchKeys} the registry writes), and a bench API token with identity:read.
 * Run with the application's classes on the class path (bench/registry-search.sh does this):
 * java -cp ... bench/RegistryLoad.java JDBC_URL records.csv truth.csv record-person.tsv
 * The last file maps each record to the person number it was loaded under, for the search benchmark.
 */
public class RegistryLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Flyway.configure().dataSource(url, "postgres", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        Map<String, String> personOf = truth(Path.of(args[2]));
        Map<String, Integer> numbers = new HashMap<>();
        StringBuilder persons = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        Set<String> seenKeys = new HashSet<>();
        long records = 0;
        try (var mapping = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8);
             Connection db = DriverManager.getConnection(url, "postgres", "");
             CsvReader csv = new CsvReader(Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                records++;
                IncomingRecord r = record(header, row);
                String truePerson = personOf.get(r.recordId());
                Integer seq = numbers.get(truePerson);
                if (seq == null) {
                    seq = numbers.size() + 1;
                    numbers.put(truePerson, seq);
                    String number = PersonNumber.fromSequence(seq).value();
                    persons.append(seq).append('\t').append(number).append('\t').append(nz(r.surname())).append('\t')
                            .append(nz(r.givenName())).append('\t').append(nz(r.birthDate())).append('\t')
                            .append(nz(r.citizenship())).append('\t').append(nz(r.documentNumber())).append('\n');
                }
                String number = PersonNumber.fromSequence(seq).value();
                mapping.write(r.recordId() + '\t' + number + '\n');
                for (SearchKeys.Key key : SearchKeys.of(r)) {
                    String line = number + '\t' + key.kind() + '\t' + key.value();
                    if (seenKeys.add(line)) {
                        keys.append(line).append('\n');
                    }
                }
                if (keys.length() > 50_000_000) {
                    copy(db, "identity_search_key (person_number, kind, key_value)", keys);
                }
            }
            copy(db, "identity_search_key (person_number, kind, key_value)", keys);
            copy(db, "identity_person (id, person_number, surname, given_name, birth_date, citizenship, document_number, created_at, updated_at, record_count)",
                    withTimes(persons));
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("koshi-bench-token".getBytes(StandardCharsets.UTF_8)));
            db.createStatement().execute("insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at) "
                    + "values ('bench', 'MVD-MIGRATION', '" + hash + "', 'koshi-bench', 'identity:read', 'bench', now())");
            db.createStatement().execute("analyze");
        }
        System.out.printf("loaded %d records as %d persons%n", records, numbers.size());
    }

    private static StringBuilder withTimes(StringBuilder persons) throws Exception {
        StringBuilder out = new StringBuilder(persons.length() * 2);
        try (BufferedReader in = new BufferedReader(new StringReader(persons.toString()))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.append(line).append("\t2026-11-22 00:00:00+00\t2026-11-22 00:00:00+00\t1\n");
            }
        }
        return out;
    }

    private static void copy(Connection db, String table, StringBuilder rows) throws Exception {
        ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI()
                .copyIn("copy " + table + " from stdin with (format text, null '')", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    private static Map<String, String> truth(Path file) throws Exception {
        Map<String, String> truth = new HashMap<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            csv.next();
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                truth.put(row.get(0), row.get(1));
            }
        }
        return truth;
    }

    static IncomingRecord record(List<String> header, List<String> row) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
            v.put(header.get(i), row.get(i).isBlank() ? null : row.get(i).replace('\t', ' '));
        }
        return new IncomingRecord(v.get("source"), v.get("record_id"), v.get("surname"), v.get("given_name"), v.get("patronymic"),
                v.get("birth_date"), v.get("sex"), v.get("citizenship"), v.get("document_number"), v.get("national_id"),
                v.get("address"), v.get("phone"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
