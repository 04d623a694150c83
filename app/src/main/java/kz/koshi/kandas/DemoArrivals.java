package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.koshi.border.CrossingIntake;
import kz.koshi.border.CrossingRequest;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.DemoClock;
import kz.koshi.shared.Sex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The demo's kandas families from 1 January of last year to yesterday, as they really come: the family sends the public
 * survey a month or two before (planning to come on the day it does), then its members enter together at a checkpoint
 * with the survey's reference, one crossing at a time as a booth records them (the border keeps a reference given with a
 * single crossing), which links them to the survey (kandas' own listener tells the statistics). Each step on
 * its own day under the demo's clock ({@link DemoClock}): the survey refuses an arrival day already past.
 */
@Component
class DemoArrivals {

    static final int FAMILIES = 160;
    /** The crossings' channel: a code of up to ten characters, as the border keeps it ({@link CrossingIntake}). */
    private static final String CHANNEL = "DEMO-KAND";
    private static final String[] ORIGINS = {"UZB", "UZB", "UZB", "CHN", "CHN", "MNG", "MNG", "TKM", "RUS", "KGZ"};
    private static final String[] CHECKPOINTS = {"ROAD-ZHIBEK", "RAIL-DOSTYK", "ROAD-MAIKAPSHAG", "AIR-ALA", "ROAD-TAZHEN", "RAIL-PETROPAVL"};
    private static final String[] SURNAMES = {"TURSYNOV", "ZHUMABAYEV", "SERIKOV", "NURLANOV", "ORAZBAYEV", "KASYMOV"};
    private static final Profession[] PROFESSIONS = {Profession.NURSE, Profession.TEACHER, Profession.DRIVER, Profession.WELDER,
            Profession.BUILDER, Profession.FARMER, Profession.DOCTOR, Profession.COOK};

    private final KandasSurveys surveys;
    private final CrossingIntake crossings;
    private final Clock clock;

    DemoArrivals(KandasSurveys surveys, CrossingIntake crossings, Clock clock) {
        this.surveys = surveys;
        this.crossings = crossings;
        this.clock = clock;
    }

    /** As the border service's system (the caller's authentication); returns how many persons entered. */
    int make(LocalDate today) {
        return make(today, FAMILIES);
    }

    /** That many families, spread from 1 January of last year to yesterday. */
    int make(LocalDate today, int families) {
        Random random = new Random(1991);
        LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1);
        long days = ChronoUnit.DAYS.between(first, today) - 1;
        int persons = 0;
        for (int f = 0; f < families; f++) {
            LocalDate arrives = first.plusDays(f * days / families + random.nextInt(3));
            String origin = ORIGINS[random.nextInt(ORIGINS.length)];
            List<LocalDate> births = new ArrayList<>();
            for (int m = 0, size = 1 + random.nextInt(4); m < size; m++) {
                births.add(arrives.minusYears(m >= 2 ? 6 + random.nextInt(10) : 25 + random.nextInt(30)).minusDays(random.nextInt(300)));
            }
            String reference = DemoClock.on(clock, arrives.minusDays(30 + random.nextInt(40)), () -> survey(origin, births, arrives, random));
            List<CrossingRequest> family = new ArrayList<>();
            for (int m = 0; m < births.size(); m++) {
                family.add(entry(origin, "K%s%05d%d".formatted(origin.charAt(0), f, m), m, births.get(m), CHECKPOINTS[f % CHECKPOINTS.length],
                        arrives, reference));
            }
            persons += DemoClock.on(clock, arrives, () -> (int) family.stream().filter(this::entered).count());
        }
        return persons;
    }

    /**
     * The member's entry; the demo's other histories write crossings at the same time, so one that still collides after
     * the intake's own retries is left out (the family's other members still count).
     */
    private boolean entered(CrossingRequest member) {
        try {
            crossings.record(member, CHANNEL);
            return true;
        } catch (DuplicateKeyException | PessimisticLockingFailureException collided) {
            return false;
        }
    }

    private String survey(String origin, List<LocalDate> births, LocalDate arrives, Random random) {
        KandasSurveys.Started started = surveys.start(new OriginAnswers(true, origin, "Демо", "Демо семья", "+998 90 123 45 67",
                null, null), "ru");
        List<MemberAnswer> members = new ArrayList<>();
        for (int m = 0; m < births.size(); m++) {
            boolean child = m >= 2;
            members.add(new MemberAnswer(births.get(m), m % 2 == 0 ? Sex.MALE : Sex.FEMALE, child ? Education.PRIMARY : Education.VOCATIONAL,
                    child ? Profession.NONE : PROFESSIONS[random.nextInt(PROFESSIONS.length)], List.of(Language.KAZAKH), HealthNeed.NONE));
        }
        surveys.saveMembers(started.id(), new MembersAnswers(members));
        surveys.savePlans(started.id(), new PlansAnswers(null, null, null, PreferenceReason.WORK, HousingNeed.NEEDS_TEMPORARY, null, arrives));
        surveys.submit(started.id());
        return started.reference();
    }

    private static CrossingRequest entry(String origin, String passport, int member, LocalDate born, String checkpoint, LocalDate arrives,
                                         String reference) {
        boolean female = member % 2 == 1;
        return new CrossingRequest("ENTRY", checkpoint, arrives.atTime(9, 30 + member).toInstant(ZoneOffset.ofHours(5)).toString(),
                new CrossingRequest.Document("PASSPORT", passport, origin, arrives.plusYears(5).toString()),
                SURNAMES[Math.floorMod(passport.hashCode(), SURNAMES.length)] + (female ? "A" : ""), female ? "AIGUL" : "ERLAN",
                born.toString(), female ? "F" : "M", origin, "RESIDENCE", List.of(), null, reference);
    }
}
