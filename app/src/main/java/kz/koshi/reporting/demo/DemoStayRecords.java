package kz.koshi.reporting.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import kz.koshi.border.CrossingOutcome;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import kz.koshi.stay.StayCommands;
import kz.koshi.stay.StayDesk;
import org.springframework.stereotype.Component;

/**
 * Stay's records for the demo year's travellers, through stay's desk as the migration police record them: half of
 * those who stay longer than five days are registered within three days of entry, some who came to work get a domestic-worker permit
 * or a residence permit, and a few are expelled by a court. A record the rules refuse is simply not made.
 */
@Component
class DemoStayRecords {

    private final StayDesk desk;

    DemoStayRecords(StayDesk desk) {
        this.desk = desk;
    }

    void record(List<DemoMigrationYear.Trip> trips, List<CrossingOutcome> entered, Random random, LocalDate today) {
        for (int i = 0; i < trips.size(); i++) {
            if (!(entered.get(i) instanceof CrossingOutcome.Recorded recorded)) {
                continue;
            }
            String person = recorded.receipt().personNumber();
            int serial = i;
            DemoMigrationYear.Trip trip = trips.get(i);
            LocalDate from = trip.entered().plusDays(random.nextInt(4));
            attempt(() -> {
                if (!"TRANSIT".equals(trip.purpose()) && random.nextInt(10) < 5) {
                    desk.register(new StayCommands.NewRegistration(person, "POLICE", null, from, from.plusDays(89), null), "police");
                }
            });
            attempt(() -> {
                if ("WORK".equals(trip.purpose()) && random.nextInt(10) < 4) {
                    String employer = Iin.issue(LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            Sex.MALE, 1000 + random.nextInt(8000)).map(Iin::value).orElse("");
                    desk.issuePermit(new StayCommands.NewPermit(person, "DOMESTIC_WORKER", employer, from, from.plusMonths(3).minusDays(1),
                            3, 12_726L), "police");
                } else if (random.nextInt(40) == 0) {
                    desk.issuePermit(new StayCommands.NewPermit(person, "RESIDENCE", "-", from, from.plusYears(1), null, null), "police");
                }
            });
            attempt(() -> {
                if (random.nextInt(60) == 0) {
                    LocalDate decided = trip.entered().plusDays(30 + random.nextInt(60));
                    if (decided.isBefore(today)) {
                        desk.recordExpulsion(new StayCommands.NewExpulsion(person, "2-" + (1000 + serial) + "/2026", decided, decided.plusDays(10)), "police");
                    }
                }
            });
        }
    }

    private static void attempt(Runnable record) {
        try {
            record.run();
        } catch (DomainProblem refused) {
            // the rules refuse this record for this traveller: the demo does without it
        }
    }
}
