package kz.koshi.reporting.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.koshi.border.CrossingIntake;
import kz.koshi.border.CrossingOutcome;
import kz.koshi.border.CrossingRequest;
import kz.koshi.shared.KazakhstanCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A believable year of migration for the statistics' demo (issue 17): foreigners entering over the last twelve months
 * at checkpoints across the country, weighted by citizenship and purpose as the seeds' registrations are (Uzbekistan
 * first, then Russia, Kyrgyzstan, China, Tajikistan, Turkey), most leaving again after days or months; then stay's
 * records for them ({@link DemoStayRecords}). Everything goes through the border's batch intake as the border service's
 * system sends it and through stay's desk, so the statistics count it from the modules' own events. Deterministic by
 * seed; embedded demo mode only; {@code koshi.demo.migration-travellers} foreigners (0: none).
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(60)
class DemoMigrationYear implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMigrationYear.class);
    static final String CHANNEL = "DEMO-YEAR";
    private static final String[] CITIZENSHIPS = {"UZB", "UZB", "UZB", "UZB", "UZB", "RUS", "RUS", "KGZ", "KGZ", "CHN", "CHN",
            "TJK", "TUR", "AZE", "DEU", "KOR", "IND", "UKR", "BLR", "GEO"};
    private static final String[] CHECKPOINTS = {"ROAD-ZHIBEK", "ROAD-ZHIBEK", "ROAD-KAZYGURT", "ROAD-ATAMEKEN", "RAIL-SARYAGASH",
            "AIR-ALA", "AIR-ALA", "AIR-NQZ", "AIR-NQZ", "AIR-CIT", "ROAD-KORDAI", "ROAD-KARASU", "ROAD-NURZHOLY", "RAIL-DOSTYK",
            "ROAD-SYRYM", "ROAD-ZHAISAN", "ROAD-KURMANGAZY", "RAIL-PETROPAVL", "ROAD-SHARBAKTY", "AIR-GUW", "AIR-SCO", "ROAD-TAZHEN",
            "AIR-KGF", "AIR-UKK", "ROAD-MAIKAPSHAG"};
    private static final String[] PURPOSES = {"WORK", "WORK", "WORK", "PRIVATE", "PRIVATE", "TOURISM", "BUSINESS", "STUDY", "TRANSIT", "OFFICIAL"};
    private static final String[] SURNAMES = {"KARIMOV", "RAKHIMOV", "YUSUPOV", "IVANOV", "ASANOV", "WANG", "LI", "SAIDOV", "YILMAZ",
            "ALIYEV", "SCHMIDT", "KIM", "SHARMA", "SHEVCHENKO", "NOVIK", "BERIDZE", "TURSUNOV", "ERGASHEV", "PETROV", "ZHANG"};
    private static final String[] GIVEN = {"ALISHER", "BOBUR", "SERGEI", "AZAMAT", "WEI", "FARRUKH", "MEHMET", "RASUL", "ANNA",
            "DILNOZA", "OLGA", "GULNORA", "MIN", "PRIYA", "NINO", "SHAHNOZA"};

    private final CrossingIntake intake;
    private final DemoStayRecords stay;
    private final UserDetailsService officers;
    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;
    private final Clock clock;
    private final int travellers;

    DemoMigrationYear(CrossingIntake intake, DemoStayRecords stay, UserDetailsService officers, JdbcClient jdbc,
                      KazakhstanCalendar calendar, Clock clock, @Value("${koshi.demo.migration-travellers:1000}") int travellers) {
        this.intake = intake;
        this.stay = stay;
        this.officers = officers;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.travellers = travellers;
    }

    /** One traveller's year: the entry, and the exit when there is one by today. */
    record Trip(CrossingRequest entry, CrossingRequest exit, LocalDate entered, String purpose) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (travellers <= 0 || jdbc.sql("select count(*) from border_crossing where channel = ?").param(CHANNEL).query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        List<Trip> trips = new ArrayList<>();
        for (int i = 0; i < travellers; i++) {
            trips.add(trip(i, random, today));
        }
        List<CrossingRequest> entries = trips.stream().map(Trip::entry).toList();
        List<CrossingRequest> exits = trips.stream().map(Trip::exit).filter(e -> e != null).toList();
        try {
            as("border");
            List<CrossingOutcome> entered = intake.recordBatch(entries, CHANNEL);
            intake.recordBatch(exits, CHANNEL);
            as("police");
            stay.record(trips, entered, random, today);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo migration year: {} travellers, {} crossings in {} ms", travellers, entries.size() + exits.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Trip trip(int i, Random random, LocalDate today) {
        String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
        String checkpoint = CHECKPOINTS[random.nextInt(CHECKPOINTS.length)];
        String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
        LocalDate entered = today.minusDays(1 + random.nextInt(365));
        LocalDate born = today.minusYears(17 + random.nextInt(50)).minusDays(random.nextInt(365));
        String sex = random.nextInt(100) < 62 ? "M" : "F";
        String document = "D%s%07d".formatted(citizenship.charAt(0), i);
        String surname = SURNAMES[random.nextInt(SURNAMES.length)] + (sex.equals("F") && !citizenship.equals("CHN") ? "A" : "");
        String given = GIVEN[random.nextInt(GIVEN.length)];
        int days = "TRANSIT".equals(purpose) ? 1 + random.nextInt(4) : 3 + random.nextInt(random.nextInt(10) < 7 ? 60 : 300);
        CrossingRequest entry = request("ENTRY", checkpoint, entered, document, citizenship, surname, given, born, sex, purpose);
        LocalDate left = entered.plusDays(days);
        CrossingRequest exit = left.isBefore(today)
                ? request("EXIT", random.nextInt(4) == 0 ? CHECKPOINTS[random.nextInt(CHECKPOINTS.length)] : checkpoint, left, document,
                citizenship, surname, given, born, sex, purpose) : null;
        return new Trip(entry, exit, entered, purpose);
    }

    private CrossingRequest request(String direction, String checkpoint, LocalDate day, String document, String citizenship,
                                    String surname, String given, LocalDate born, String sex, String purpose) {
        String at = calendar.instantOf(day.atTime(8 + Math.floorMod(document.hashCode(), 12), 15)).atOffset(ZoneOffset.UTC).toString();
        return new CrossingRequest(direction, checkpoint, at, new CrossingRequest.Document("PASSPORT", document, citizenship,
                day.plusYears(6).toString()), surname, given, born.toString(), sex, citizenship, purpose, List.of(), null, null);
    }

    private void as(String username) {
        UserDetails officer = officers.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }
}
