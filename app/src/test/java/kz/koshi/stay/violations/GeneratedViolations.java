package kz.koshi.stay.violations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many open violations with their violators' cards, written straight into the tables as detections leave them: for
 * the paging and export tests and the browser journey. Each set has its own person-number prefix, so a test removes
 * exactly its own rows; they were found a year and more ago, so they never crowd the newest rows other tests look for.
 */
public final class GeneratedViolations {

    static final List<String> SURNAMES = List.of("Абдуллаева", "Ахмедов", "Бакиров", "Валиева", "Гафуров", "Давлатова",
            "Ергашев", "Жураева", "Зарипов", "Иброгимова", "Каримов", "Латипова", "Махмудов", "Назарова", "Олимов",
            "Пулатова", "Рахимов", "Саидова", "Турсунов", "Усмонова", "Файзуллаев", "Халилова", "Шарипов", "Юсупова");
    static final List<String> GIVEN = List.of("Азиз", "Бахтиёр", "Гульнора", "Дилноза", "Зарина", "Камол", "Мадина",
            "Нодир", "Озода", "Рустам", "Севара", "Фарход");
    static final List<String> COUNTRIES = List.of("UZB", "TJK", "KGZ", "CHN", "TKM");
    static final List<String> KINDS = List.of("OVERSTAY", "MISSED_REGISTRATION", "WORK_WITHOUT_PERMIT");

    private GeneratedViolations() {
    }

    /** The first found: a year before today, at noon UTC; each next one a minute earlier. */
    public static Instant firstFound() {
        return LocalDate.now().minusYears(1).atTime(12, 0).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Writes {@code count} open violations of persons {@code prefix}00001..., over the given regions. */
    public static void write(JdbcTemplate jdbc, String prefix, int count, List<String> regions) {
        List<Integer> rows = IntStream.range(0, count).boxed().toList();
        Instant first = firstFound();
        jdbc.batchUpdate("""
                insert into stay_violation (person_number, kind, since, days, sanction, state, detected_at, detected_by, suspended)
                values (?, ?, ?, ?, 'PROTOCOL', 'OPEN', ?, 'SWEEP', false)""", rows, 1000, (ps, i) -> {
            ps.setString(1, person(prefix, i));
            ps.setString(2, KINDS.get(i % KINDS.size()));
            ps.setObject(3, LocalDate.now().minusYears(1).minusDays(30 + i % 200));
            ps.setLong(4, 5 + i % 90);
            ps.setObject(5, first.minus(i, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
        });
        jdbc.batchUpdate("""
                insert into stay_violator (person_number, surname, given_name, citizenship, region_code, refreshed_at)
                values (?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, i) -> {
            ps.setString(1, person(prefix, i));
            ps.setString(2, SURNAMES.get(i % SURNAMES.size()));
            ps.setString(3, GIVEN.get(i % GIVEN.size()));
            ps.setString(4, COUNTRIES.get(i % COUNTRIES.size()));
            ps.setString(5, regions.get(i % regions.size()));
            ps.setObject(6, Instant.now().atOffset(ZoneOffset.UTC));
        });
        analyze(jdbc);
    }

    /**
     * Table statistics after the bulk load, as PostgreSQL's autovacuum gathers them on its own once a table has grown:
     * without them the planner takes the fresh 5,000 rows for 4 and joins them by nested loop (seconds, not ms).
     */
    static void analyze(JdbcTemplate jdbc) {
        String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData()
                .getDatabaseProductName());
        String analyze = "PostgreSQL".equals(product) ? "analyze " : "analyze table ";
        jdbc.execute(analyze + "stay_violation");
        jdbc.execute(analyze + "stay_violator");
    }

    public static String person(String prefix, int i) {
        return prefix + String.format("%05d", i);
    }

    public static void remove(JdbcTemplate jdbc, String prefix) {
        jdbc.update("delete from stay_violation where person_number like ?", prefix + "%");
        jdbc.update("delete from stay_violator where person_number like ?", prefix + "%");
    }
}
