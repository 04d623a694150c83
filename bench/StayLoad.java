import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.cli.CsvReader;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads N active stays by COPY into the tables the app writes when a foreigner enters and registers: one
 * COMPLETED ENTRY crossing per person (border_crossing), the person present (border_presence: last crossing
 * an ENTRY) and, for most, an ordinary registration (stay_registration). Travellers' names, birth dates, sex
 * and citizenships come from a generated border feed (cycled; document numbers made unique). Mix: 96 % entered
 * 1-85 days ago, 4 % 91-150 days ago (overstays for 90-day countries); 93 % registered (host, hotel, employer
 * or police, 1-4 days after entry, until entry + 89 days), 7 % not registered (missed registration where
 * the rules need one). java -cp ... bench/StayLoad.java JDBC_URL border.csv N
 */
public class StayLoad {

    private static final String[] PARTIES = {"HOST", "HOTEL", "EMPLOYER", "POLICE"};
    private static final String[] PURPOSES = {"WORK", "PRIVATE", "BUSINESS", "STUDY", "TOURISM", "OTHER"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[2]);
        List<String[]> travellers = travellers(Path.of(args[1]));
        Random random = new Random(23);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now();
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            List<String> checkpoints = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("select code from border_checkpoint order by code")) {
                while (rs.next()) {
                    checkpoints.add(rs.getString(1));
                }
            }
            long firstId;
            try (ResultSet rs = db.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from border_crossing")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            CopyManager copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
            StringBuilder crossings = new StringBuilder();
            StringBuilder presence = new StringBuilder();
            StringBuilder registrations = new StringBuilder();
            long registered = 0;
            long late = 0;
            String received = now.toString();
            for (int i = 1; i <= n; i++) {
                String[] t = travellers.get((i - 1) % travellers.size());
                String person = PersonNumber.fromSequence(i).value();
                int daysAgo = random.nextInt(100) < 4 ? 91 + random.nextInt(60) : 1 + random.nextInt(85);
                late += daysAgo > 90 ? 1 : 0;
                LocalDate entered = today.minusDays(daysAgo);
                Instant at = entered.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86400));
                if (at.isAfter(now.minus(2, ChronoUnit.HOURS))) {
                    at = now.minus(2, ChronoUnit.HOURS);
                }
                long id = firstId + i - 1;
                String document = t[4] + String.format("%07d", i);
                String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
                // id, person_number, direction, checkpoint_code, occurred_at, document_type, document_number,
                // document_country, document_expires_on, surname, given_names, birth_date, sex, citizenship,
                // purpose, state, channel, received_at
                crossings.append(id).append('\t').append(person).append("\tENTRY\t")
                        .append(checkpoints.get(random.nextInt(checkpoints.size()))).append('\t').append(at).append("\tPASSPORT\t")
                        .append(document).append('\t').append(t[3]).append("\t\\N\t").append(t[0]).append('\t')
                        .append(t[1].isBlank() ? "\\N" : t[1]).append('\t').append(t[2]).append('\t').append(t[5]).append('\t')
                        .append(t[3]).append('\t').append(purpose).append("\tCOMPLETED\tAPI\t").append(received).append('\n');
                presence.append(person).append("\tENTRY\t").append(id).append('\t').append(at).append('\n');
                if (random.nextInt(100) < 93) {
                    registered++;
                    LocalDate from = entered.plusDays(1 + random.nextInt(4));
                    registrations.append(person).append('\t').append(PARTIES[random.nextInt(PARTIES.length)])
                            .append("\tORDINARY\t").append(from).append('\t').append(entered.plusDays(89))
                            .append("\tAlmaty, bench street ").append(i).append("\tbench\t").append(received).append('\n');
                }
                if (i % 200_000 == 0 || i == n) {
                    copy.copyIn("copy border_crossing (id, person_number, direction, checkpoint_code, occurred_at, document_type, "
                            + "document_number, document_country, document_expires_on, surname, given_names, birth_date, sex, "
                            + "citizenship, purpose, state, channel, received_at) from stdin", new StringReader(crossings.toString()));
                    copy.copyIn("copy border_presence (person_number, last_direction, last_crossing_id, last_at) from stdin",
                            new StringReader(presence.toString()));
                    copy.copyIn("copy stay_registration (person_number, party, basis, valid_from, valid_until, address, "
                            + "registered_by, created_at) from stdin", new StringReader(registrations.toString()));
                    crossings.setLength(0);
                    presence.setLength(0);
                    registrations.setLength(0);
                }
            }
            db.createStatement().execute("select setval('border_crossing_seq', "
                    + "(select max(id) from border_crossing))");
            db.createStatement().execute("analyze");
            System.out.printf("loaded %d present persons (ENTRY crossings), %d registrations, %d entered more than 90 days ago%n",
                    n, registered, late);
        }
    }

    /** {surname, given_name, birth_date, citizenship, document prefix, sex} of usable feed rows. */
    private static List<String[]> travellers(Path feed) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(feed, StandardCharsets.UTF_8))) {
            List<String> header = csv.next();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.put(header.get(i), i);
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                String surname = row.get(at.get("surname"));
                String country = row.get(at.get("citizenship"));
                String birth = row.get(at.get("birth_date"));
                String sex = row.get(at.get("sex"));
                if (surname.isBlank() || surname.length() > 100 || !country.matches("[A-Z]{3}") || country.equals("KAZ")
                        || !sex.matches("[MFX]") || !birth.matches("\\d{4}-\\d{2}-\\d{2}") || surname.contains("\t")) {
                    continue;
                }
                try {
                    LocalDate.parse(birth);
                } catch (Exception e) {
                    continue;
                }
                String doc = row.get(at.get("document_number")).replaceAll("[^A-Z0-9]", "");
                out.add(new String[] {surname, row.get(at.get("given_name")).replace('\t', ' '), birth, country,
                        doc.length() > 12 ? doc.substring(0, 12) : (doc.isEmpty() ? "N" : doc), sex});
            }
        }
        return out;
    }
}
