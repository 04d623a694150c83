package kz.koshi.reporting.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.koshi.border.CrossingIntake;
import kz.koshi.border.CrossingOutcome;
import kz.koshi.border.CrossingRequest;
import kz.koshi.shared.ActingOfficer;
import kz.koshi.shared.DemoClock;
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
import org.springframework.stereotype.Component;

/**
 * Believable migration for the statistics' demo (issue 17): foreigners entering from 1 January of last year to yesterday
 * at checkpoints across the country, weighted by citizenship and purpose as the seeds' registrations are (Uzbekistan
 * first, then Russia, Kyrgyzstan, China, Tajikistan, Turkey), most leaving again after days or months; then stay's
 * records for them ({@link DemoStayRecords}). Everything goes through the border's batch intake as the border service's
 * system sends it (a week's crossings at the end of the week) and through stay's desk (each record on its day), so the
 * statistics count it from the modules' own events. The history is made in order of days under the demo's clock set
 * to each day ({@link DemoClock}), so what the modules date by their clock (violations found on a crossing, bans
 * imposed) falls on that day (or the week's end) too: the closed year is in open data. On its own thread
 * after start-up (sign-in does not wait). Deterministic by seed; embedded demo mode only;
 * {@code koshi.demo.migration-travellers} foreigners (0: none).
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
    private final ActingOfficer officers;
    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;
    private final Clock clock;
    private final int travellers;

    DemoMigrationYear(CrossingIntake intake, DemoStayRecords stay, ActingOfficer officers, JdbcClient jdbc,
                      KazakhstanCalendar calendar, Clock clock, @Value("${koshi.demo.migration-travellers:2000}") int travellers) {
        this.intake = intake;
        this.stay = stay;
        this.officers = officers;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.travellers = travellers;
    }

    /** One traveller's trip: the entry, and the exit when there is one by yesterday. */
    record Trip(int serial, CrossingRequest entry, CrossingRequest exit, LocalDate entered, LocalDate left, String purpose) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (travellers <= 0 || jdbc.sql("select count(*) from border_crossing where channel = ?").param(CHANNEL).query(Long.class).single() > 0) {
            return;
        }
        Thread.ofPlatform().name("demo-migration-years").daemon().start(this::history);
    }

    private void history() {
        long started = System.nanoTime();
        try {
            Random random = new Random(2026);
            LocalDate today = calendar.today();
            LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1);
            List<Trip> trips = new ArrayList<>();
            for (int i = 0; i < travellers; i++) {
                trips.add(trip(i, random, first, today));
            }
            Map<LocalDate, List<DemoStayRecords.Act>> acts = stay.plan(trips, random, today);
            Map<Integer, String> persons = new HashMap<>();
            for (LocalDate monday = first; monday.isBefore(today); monday = monday.plusDays(7)) {
                LocalDate week = monday;
                LocalDate sent = week.plusDays(6).isBefore(today) ? week.plusDays(6) : today.minusDays(1);
                List<Trip> entering = trips.stream().filter(t -> within(t.entered(), week, sent)).toList();
                List<CrossingRequest> exits = trips.stream().filter(t -> t.left() != null && within(t.left(), week, sent)).map(Trip::exit).toList();
                DemoClock.on(clock, sent, () -> {
                    crossings(entering, exits, persons);
                    return null;
                });
                for (LocalDate day = week; !day.isAfter(sent); day = day.plusDays(1)) {
                    List<DemoStayRecords.Act> todays = acts.getOrDefault(day, List.of());
                    DemoClock.on(clock, day, () -> officers.as("police", () -> {
                        todays.forEach(act -> stay.carryOut(act, persons.get(act.trip())));
                        return null;
                    }));
                }
            }
            log.info("Demo migration years: {} travellers from {} in {} ms", travellers, first, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo migration years stopped: {}", e.getClass().getSimpleName());
        }
    }

    /** A week's crossings as the border's system sends them, at the end of the week; the entries' person numbers kept. */
    private void crossings(List<Trip> entering, List<CrossingRequest> exits, Map<Integer, String> persons) {
        List<CrossingRequest> crossings = new ArrayList<>(entering.stream().map(Trip::entry).toList());
        crossings.addAll(exits);
        if (crossings.isEmpty()) {
            return;
        }
        List<CrossingOutcome> outcomes = officers.as("border", () -> intake.recordBatch(crossings, CHANNEL));
        for (int i = 0; i < entering.size(); i++) {
            if (outcomes.get(i) instanceof CrossingOutcome.Recorded recorded) {
                persons.put(entering.get(i).serial(), recorded.receipt().personNumber());
            }
        }
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private Trip trip(int i, Random random, LocalDate first, LocalDate today) {
        String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
        String checkpoint = CHECKPOINTS[random.nextInt(CHECKPOINTS.length)];
        String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
        LocalDate entered = first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, today)));
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
        return new Trip(i, entry, exit, entered, exit == null ? null : left, purpose);
    }

    private CrossingRequest request(String direction, String checkpoint, LocalDate day, String document, String citizenship,
                                    String surname, String given, LocalDate born, String sex, String purpose) {
        String at = calendar.instantOf(day.atTime(7 + Math.floorMod(document.hashCode(), 12), 15)).atOffset(ZoneOffset.UTC).toString();
        return new CrossingRequest(direction, checkpoint, at, new CrossingRequest.Document("PASSPORT", document, citizenship,
                day.plusYears(6).toString()), surname, given, born.toString(), sex, citizenship, purpose, List.of(), null, null);
    }
}
