package kz.koshi.recruitment.abroad;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.koshi.border.CrossingIntake;
import kz.koshi.border.CrossingRequest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.shared.ActingOfficer;
import kz.koshi.shared.Iin;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo citizens abroad at 1 : 200 of seed 004 (126,000 abroad: 102,000 in Russia; 15,000 in South Korea, 11,000 of
 * them illegally; 2,000 in the UK and the EU; the rest elsewhere): 630 abroad today, fed through the register's own
 * paths: the {@code mfa} officer's consular feed, the {@code border} officer's crossings (exits for work to Russia,
 * and 20 who came back), and placements by the demo agency (the event its placement desk publishes), 6 of them
 * workers not heard from after their contract ended. Embedded demo mode only.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(32)
class DemoAbroad implements ApplicationRunner {

    static final String AGENCY = "DEMO-PEA";
    private static final List<String> SURNAMES = List.of("АХМЕТОВ", "ЖУМАБАЕВ", "СЕРИКОВ", "НУРЛАНОВ", "ОМАРОВ", "ТОКТАРОВ",
            "ИСКАКОВ", "БЕКОВ", "САТПАЕВ", "КАЛИЕВ", "ЕСЕНОВ", "МУКАНОВ", "АБДРАХМАНОВ", "БАЙМУХАНОВ", "ДОСМАГАМБЕТОВ", "ЕРГАЛИЕВ",
            "ЖАКСЫБЕКОВ", "КАСЫМОВ", "ЛЕСБЕКОВ", "МАМЫРОВ", "НУРПЕИСОВ", "ОРАЗБАЕВ", "РАХИМОВ", "САДЫКОВ", "ТЕМИРХАНОВ",
            "УТЕМИСОВ", "ХАСЕНОВ", "ШАЙМЕРДЕНОВ", "ЫСКАКОВ", "АЙТЖАНОВ");
    private static final List<String> GIVEN = List.of("АРМАН", "ЕРЛАН", "ДАНИЯР", "АСХАТ", "БАУЫРЖАН", "ЕРБОЛ", "НУРЖАН", "САКЕН",
            "АЛИБЕК", "БЕРИК", "ГАЛЫМ", "ЖАНДОС", "КАЙРАТ", "МАРАТ", "ОЛЖАС", "РУСЛАН", "ТАЛГАТ", "ЕРЖАН");
    private static final List<String> GIVEN_WOMEN = List.of("АЙГУЛЬ", "ДИНАРА", "ЖАНАР", "САУЛЕ", "АСЕЛЬ", "ГУЛЬНАРА", "АЙЖАН",
            "БОТАГОЗ", "ЖАНСАЯ", "КАРЛЫГАШ", "МАДИНА", "НАЗЕРКЕ", "ТОМИРИС");
    private static final List<String> RUSSIAN_BORDER = List.of("ROAD-SYRYM", "ROAD-ZHAISAN", "ROAD-KURMANGAZY");

    private final ConsularFeed consular;
    private final CrossingIntake crossings;
    private final IdentityResolution identity;
    private final ApplicationEventPublisher events;
    private final ActingOfficer officers;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;
    private final Clock clock;
    private final Random random = new Random(14);
    private int serial;

    DemoAbroad(ConsularFeed consular, CrossingIntake crossings, IdentityResolution identity, ApplicationEventPublisher events,
               ActingOfficer officers, PlatformTransactionManager transactions, JdbcClient jdbc, KazakhstanCalendar calendar,
               Clock clock) {
        this.consular = consular;
        this.crossings = crossings;
        this.identity = identity;
        this.events = events;
        this.officers = officers;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from recruitment_abroad_source").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        officers.as("mfa", () -> consular.receive(consularFeed(today)));
        officers.as("border", () -> {
            crossings.recordBatch(exitsAndReturns(today), "DEMO");
            placements(today);
            return null;
        });
    }

    /** 398 registrations abroad today (Russia, Korea, the UK and EU, Turkey, the USA) and 5 deregistered in Turkey. */
    private String consularFeed(LocalDate today) {
        StringBuilder csv = new StringBuilder(ConsularLine.HEADER).append('\n');
        registrations(csv, "RUS", "Москва", "WITH_PERMIT", 200, today, false);
        registrations(csv, "RUS", "Новосибирск", "WITHOUT_PERMIT", 30, today, false);
        registrations(csv, "RUS", "Екатеринбург", "UNKNOWN", 20, today, false);
        registrations(csv, "KOR", "Сеул", "WITHOUT_PERMIT", 55, today, false);
        registrations(csv, "KOR", "Пусан", "WITH_PERMIT", 8, today, false);
        registrations(csv, "GBR", "Лондон", "WITH_PERMIT", 5, today, false);
        registrations(csv, "DEU", "Берлин", "WITH_PERMIT", 3, today, false);
        registrations(csv, "POL", "Варшава", "WITH_PERMIT", 2, today, false);
        registrations(csv, "TUR", "Стамбул", "WITH_PERMIT", 10, today, false);
        registrations(csv, "TUR", "Анталья", "WITHOUT_PERMIT", 5, today, false);
        registrations(csv, "USA", "Нью-Йорк", "WITH_PERMIT", 6, today, false);
        registrations(csv, "USA", "Чикаго", "UNKNOWN", 4, today, false);
        registrations(csv, "TUR", "Стамбул", "WITH_PERMIT", 5, today, true);
        return csv.toString();
    }

    private void registrations(StringBuilder csv, String country, String city, String status, int count, LocalDate today, boolean ended) {
        for (int i = 0; i < count; i++) {
            LocalDate registered = today.minusDays(30 + random.nextInt(900));
            Iin iin = nextIin();
            csv.append(String.join(",", iin.value(), surname(iin), given(iin), country, city, registered.toString(), status,
                    ended ? registered.plusDays(200).toString() : "")).append('\n');
        }
    }

    /** 200 citizens who left for work across the Russian border and are still there; 20 who came back a month later. */
    private List<CrossingRequest> exitsAndReturns(LocalDate today) {
        List<CrossingRequest> requests = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            Iin iin = nextIin();
            LocalDate left = today.minusDays(40 + random.nextInt(600));
            String surname = surname(iin);
            String given = given(iin);
            String passport = "N%08d".formatted(serial);
            requests.add(crossing("EXIT", left, passport, surname, given, iin));
            if (i >= 200) {
                requests.add(crossing("ENTRY", left.plusDays(30), passport, surname, given, iin));
            }
        }
        return requests;
    }

    private CrossingRequest crossing(String direction, LocalDate day, String passport, String surname, String given, Iin iin) {
        OffsetDateTime at = calendar.instantOf(day.atTime(9, 30)).atOffset(java.time.ZoneOffset.UTC);
        return new CrossingRequest(direction, RUSSIAN_BORDER.get(serial % RUSSIAN_BORDER.size()), at.toString(),
                new CrossingRequest.Document("PASSPORT", passport, "KAZ", day.plusYears(5).toString()), surname, given,
                iin.birthDate().toString(), iin.sex().code(), "KAZ", "WORK", List.of(), null, null);
    }

    /**
     * 82 placements by the demo agency: Russia 60, Korea 12, the UAE 10, on two-year contracts begun over the last 21
     * months; 6 on one-year contracts that ended 100-300 days ago; each reported 20 days before its contract began.
     */
    private void placements(LocalDate today) {
        place("RUS", 56, today, false);
        place("RUS", 4, today, true);
        place("KOR", 10, today, false);
        place("KOR", 2, today, true);
        place("ARE", 10, today, false);
    }

    private void place(String country, int count, LocalDate today, boolean endedLongAgo) {
        for (int i = 0; i < count; i++) {
            Iin iin = nextIin();
            String person = identity.resolve(new IncomingRecord("labour", "demo-placement-" + serial, surname(iin), given(iin), null,
                    iin.birthDate().toString(), iin.sex().code(), "KAZ", null, iin.value(), null, null)).personNumber();
            LocalDate start = endedLongAgo ? today.minusDays(465 + random.nextInt(200)) : today.minusDays(10 + random.nextInt(640));
            LocalDate end = start.plusYears(endedLongAgo ? 1 : 2);
            Instant reported = calendar.instantOf(start.minusDays(20).atTime(11, 0));
            PlacementReported placed = new PlacementReported(UUID.randomUUID(), AGENCY, person, country, "REG-" + (1000 + i),
                    "DEMO EMPLOYER " + country, new BigDecimal("900"), "USD", 0, start, end, reported);
            transaction.executeWithoutResult(status -> events.publishEvent(placed));
        }
    }

    private Iin nextIin() {
        while (true) {
            serial++;
            LocalDate born = LocalDate.of(1975 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var iin = Iin.issue(born, random.nextInt(5) == 0 ? Sex.FEMALE : Sex.MALE, 1000 + serial % 8000);
            if (iin.isPresent()) {
                return iin.get();
            }
        }
    }

    private String surname(Iin iin) {
        String base = SURNAMES.get(random.nextInt(SURNAMES.size()));
        return iin.sex() == Sex.FEMALE ? base + "А" : base;
    }

    private String given(Iin iin) {
        List<String> names = iin.sex() == Sex.FEMALE ? GIVEN_WOMEN : GIVEN;
        return names.get(random.nextInt(names.size()));
    }
}
