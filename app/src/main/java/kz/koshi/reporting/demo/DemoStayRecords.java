package kz.koshi.reporting.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import kz.koshi.stay.StayCommands;
import kz.koshi.stay.StayDesk;
import org.springframework.stereotype.Component;

/**
 * Stay's records for the demo's travellers, through stay's desk as the migration police record them, each on its own
 * day: half of those who stay longer than five days are registered within three days of entry, some who came to work
 * get a domestic-worker permit or a residence permit, and a few are expelled by a court. A record the rules refuse is
 * simply not made.
 */
@Component
class DemoStayRecords {

    private final StayDesk desk;

    DemoStayRecords(StayDesk desk) {
        this.desk = desk;
    }

    /** One record to make on a day for a trip's traveller (by the person number the entry gave). */
    record Act(LocalDate day, int trip, Consumer<String> record) {
    }

    /** The records, by the day they are made (days before today only). */
    Map<LocalDate, List<Act>> plan(List<DemoMigrationYear.Trip> trips, Random random, LocalDate today) {
        Map<LocalDate, List<Act>> acts = new TreeMap<>();
        for (DemoMigrationYear.Trip trip : trips) {
            LocalDate from = trip.entered().plusDays(random.nextInt(4));
            if (!"TRANSIT".equals(trip.purpose()) && random.nextInt(10) < 5) {
                add(acts, today, new Act(from, trip.serial(), person ->
                        desk.register(new StayCommands.NewRegistration(person, "POLICE", null, from, from.plusDays(89), null), "police")));
            }
            if ("WORK".equals(trip.purpose()) && random.nextInt(10) < 4) {
                String employer = Iin.issue(LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        Sex.MALE, 1000 + random.nextInt(8000)).map(Iin::value).orElse("");
                add(acts, today, new Act(from, trip.serial(), person -> desk.issuePermit(new StayCommands.NewPermit(person,
                        "DOMESTIC_WORKER", employer, from, from.plusMonths(3).minusDays(1), 3, 12_726L), "police")));
            } else if (random.nextInt(40) == 0) {
                add(acts, today, new Act(from, trip.serial(), person ->
                        desk.issuePermit(new StayCommands.NewPermit(person, "RESIDENCE", "-", from, from.plusYears(1), null, null), "police")));
            }
            if (random.nextInt(60) == 0) {
                LocalDate decided = trip.entered().plusDays(30 + random.nextInt(60));
                String number = "2-" + (1000 + trip.serial()) + "/" + decided.getYear();
                add(acts, today, new Act(decided, trip.serial(), person ->
                        desk.recordExpulsion(new StayCommands.NewExpulsion(person, number, decided, decided.plusDays(10)), "police")));
            }
        }
        return acts;
    }

    /** Makes the record; the rules may refuse it for this traveller, and the demo does without it. */
    void carryOut(Act act, String person) {
        if (person == null) {
            return;
        }
        try {
            act.record().accept(person);
        } catch (DomainProblem refused) {
            // refused by stay's rules: not made
        }
    }

    private static void add(Map<LocalDate, List<Act>> acts, LocalDate today, Act act) {
        if (act.day().isBefore(today)) {
            acts.computeIfAbsent(act.day(), d -> new java.util.ArrayList<>()).add(act);
        }
    }
}
