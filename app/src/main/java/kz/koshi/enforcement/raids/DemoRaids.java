package kz.koshi.enforcement.raids;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DemoClock;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.stay.FoundViolation;
import kz.koshi.shared.ActingOfficer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo raids, recorded through the services as the {@code police} and {@code labour} accounts: a month-long operation
 * «Нелегал» in Almaty with about 30 persons checked and 12 violations found, completed; a planned inspection of a
 * building site in Astana by the labour inspection, completed; an unplanned inspection of a hostel in Shymkent, still
 * open; and before them, from 1 January of last year, an inspection by the migration police every five weeks or so in
 * a region in turn (six persons checked, up to two violations found; {@code koshi.demo.past-inspections=false}: none), each recorded and completed on its last day under
 * the demo's clock ({@link DemoClock}), as the raids' services date a completion by their clock. The persons are the
 * registry's foreigners, taken in registry order, so the demo is the same at every start.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(45)
class DemoRaids implements ApplicationRunner {

    private static final String[] PAST_REGIONS = {"KZ-75", "KZ-71", "KZ-79", "KZ-61", "KZ-55", "KZ-15", "KZ-23", "KZ-35"};
    private static final FoundViolation[] FOUND = {FoundViolation.WORK_WITHOUT_PERMIT, FoundViolation.MISSED_REGISTRATION,
            FoundViolation.WORK_WITHOUT_PERMIT, FoundViolation.OVERSTAY};

    private final Raids raids;
    private final IdentityResolution identity;
    private final ActingOfficer officers;
    private final KazakhstanCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean past;

    DemoRaids(Raids raids, IdentityResolution identity, ActingOfficer officers, KazakhstanCalendar calendar, JdbcClient jdbc,
              Clock clock, @Value("${koshi.demo.past-inspections:true}") boolean past) {
        this.clock = clock;
        this.past = past;
        this.raids = raids;
        this.identity = identity;
        this.officers = officers;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from enforcement_raid").query(Long.class).single() > 0) {
            return;
        }
        List<String> foreigners = foreigners(40);
        LocalDate today = calendar.today();
        LocalDate first = today.minusDays(40);
        if (past) {
            officers.as("police", () -> {
                pastInspections(foreigners, today);
                return null;
            });
        }
        officers.as("police", () -> {
            long id = raids.record(new NewRaid("Нелегал", RaidKind.OPERATION, "KZ-75", "Алматы, рынок «Барахолка», ул. Рыскулова",
                    first, null, rows(foreigners, 0, 30, first, 12)));
            raids.complete(id, new Completion(first.plusDays(29)));
            long open = raids.record(new NewRaid("Общежитие по ул. Байтурсынова", RaidKind.UNPLANNED_INSPECTION, "KZ-79",
                    "Шымкент, ул. Байтурсынова, 12, общежитие", today.minusDays(2), null, rows(foreigners, 30, 4, today.minusDays(2), 1)));
            return open;
        });
        officers.as("labour", () -> {
            long id = raids.record(new NewRaid("Стройка ЖК «Нурлы Жол»", RaidKind.PLANNED_INSPECTION, "KZ-71",
                    "Астана, пр. Туран, строительная площадка ЖК «Нурлы Жол»", today.minusDays(7), today.minusDays(6),
                    rows(foreigners, 34, 6, today.minusDays(7), 3)));
            raids.complete(id, new Completion(null));
            return id;
        });
    }

    private void pastInspections(List<String> foreigners, LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear() - 1, 1, 1);
        for (int n = 0; start.plusDays(35L * n).isBefore(today.minusDays(50)) && foreigners.size() > 6; n++) {
            LocalDate day = start.plusDays(35L * n + n % 5);
            String region = PAST_REGIONS[n % PAST_REGIONS.length];
            NewRaid raid = new NewRaid("Проверка соблюдения миграционного законодательства", n % 3 == 0 ? RaidKind.OPERATION
                    : RaidKind.UNPLANNED_INSPECTION, region, "Рынок, общежития и строительные площадки района", day, day.plusDays(1),
                    rows(foreigners, (n * 6) % (foreigners.size() - 6), 6, day, n % 3));
            DemoClock.on(clock, day.plusDays(1), () -> raids.complete(raids.record(raid), new Completion(null)));
        }
    }

    /** {@code count} persons from {@code from}, checked over the days from {@code first}; the first {@code found} with a violation. */
    private static List<PersonChecked> rows(List<String> persons, int from, int count, LocalDate first, int found) {
        List<PersonChecked> rows = new ArrayList<>();
        for (int i = from; i < Math.min(persons.size(), from + count); i++) {
            int n = i - from;
            FoundViolation v = n < found ? FOUND[n % FOUND.length] : null;
            String bin = v == FoundViolation.WORK_WITHOUT_PERMIT ? employer(n) : null;
            rows.add(new PersonChecked(persons.get(i), first.plusDays(Math.min(n, count > 10 ? 28 : 1)), v, bin));
        }
        return rows;
    }

    /** A made-up employer's BIN, valid (the first eleven digits that have a check digit). */
    private static String employer(int n) {
        for (int k = 0; k < 10; k++) {
            Bin bin = Bin.complete("0405400" + String.format("%04d", 1000 + n * 10 + k));
            if (bin != null) {
                return bin.value();
            }
        }
        return null;
    }

    private List<String> foreigners(int wanted) {
        List<String> found = new ArrayList<>();
        for (long s = 1; s < 2_000 && found.size() < wanted; s++) {
            identity.registered(PersonNumber.fromSequence(s).toString()).filter(p -> p.citizenship() != null
                    && p.citizenship().length() == 3 && !"KAZ".equals(p.citizenship())).map(PersonSummary::personNumber).ifPresent(found::add);
        }
        return found;
    }
}
