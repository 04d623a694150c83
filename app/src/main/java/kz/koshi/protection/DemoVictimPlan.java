package kz.koshi.protection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.shared.CriminalStage;

/**
 * The demo's presumed victims of one period (a closed year, or this year to date), deterministic by seed, shaped like the
 * commission's 2016 figures (seed 000): for a whole year 171 served (94 men, 52 women, 25 children; 93 foreigners),
 * fewer in proportion for a shorter period, admitted one every two days or so for stays of two to seven weeks (so the
 * Astana centre never holds more than its places), each identified a few days before admission and given a service in
 * the stay; four with an extension for criminal proceedings asked five months after admission (still in services at the
 * end of this year's period); and 30 a year more identified and not (yet) served. Every day is before today.
 */
final class DemoVictimPlan {

    private static final String[] FOREIGN = {"UZB", "UZB", "UZB", "UZB", "KGZ", "KGZ", "TJK", "TJK", "RUS", "TKM"};
    private static final String[] REGIONS = {"KZ-75", "KZ-75", "KZ-71", "KZ-71", "KZ-79", "KZ-79", "KZ-61", "KZ-35",
            "KZ-15", "KZ-23", "KZ-10", "KZ-55", "KZ-47", "KZ-62"};
    private static final String[] MEN = {"Алишер", "Бекзод", "Нурлан", "Ерлан", "Азамат", "Жасур", "Тимур", "Данияр", "Руслан", "Фаррух"};
    private static final String[] WOMEN = {"Айгуль", "Динара", "Гульнара", "Малика", "Зарина", "Асель", "Нодира", "Сабина", "Жанна", "Мадина"};
    private static final IdentificationPathway[] PATHWAYS = {IdentificationPathway.HOTLINE, IdentificationPathway.HOTLINE,
            IdentificationPathway.RAID, IdentificationPathway.RAID, IdentificationPathway.RAID, IdentificationPathway.BORDER_CHECK,
            IdentificationPathway.BORDER_CHECK, IdentificationPathway.SELF_REFERRAL, IdentificationPathway.SELF_REFERRAL,
            IdentificationPathway.NGO_OUTREACH, IdentificationPathway.NGO_OUTREACH, IdentificationPathway.MISSION_ABROAD,
            IdentificationPathway.OTHER_AGENCY};
    static final int SERVED = 171;
    private static final int IDENTIFIED_ONLY = 30;

    private final Random random;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final int served;

    /** The period from {@code from} to {@code to} (both included, before today). */
    DemoVictimPlan(long seed, LocalDate from, LocalDate to, LocalDate today) {
        this.random = new Random(seed);
        this.from = from;
        this.to = to;
        this.today = today;
        this.served = share(SERVED);
    }

    List<DemoVictim> victims() {
        List<String> who = new ArrayList<>();
        int boys = share(12);
        int girls = share(13);
        int women = share(52);
        add(who, "M", served - boys - girls - women);
        add(who, "F", women);
        add(who, "BOY", boys);
        add(who, "GIRL", girls);
        Collections.shuffle(who, random);
        List<Boolean> foreign = new ArrayList<>();
        int foreigners = share(93);
        for (int i = 0; i < served; i++) {
            foreign.add(i < foreigners);
        }
        Collections.shuffle(foreign, random);
        List<DemoVictim> victims = new ArrayList<>();
        for (int i = 0; i < served; i++) {
            victims.add(served(i, who.get(i), foreign.get(i)));
        }
        for (int i = 0; i < share(IDENTIFIED_ONLY); i++) {
            LocalDate identified = from.plusDays(random.nextInt(days()));
            victims.add(screened(i % 3 == 0 ? "F" : "M", i % 2 == 0, identified, null, null, null, null, List.of(), null, null));
        }
        return victims;
    }

    /** A whole year's count, in proportion to the period's days. */
    private int share(int perYear) {
        return Math.round(perYear * Math.min(days(), 365) / 365f);
    }

    private int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    private DemoVictim served(int i, String who, boolean foreign) {
        boolean extended = i >= served - 4;
        LocalDate admitted = extended ? to.minusMonths(5).minusDays(16 + i % 4)
                : from.plusDays(8 + (long) i * (days() - 18) / served);
        LocalDate identified = admitted.minusDays(1 + random.nextInt(6));
        LocalDate extendedOn = extended ? admitted.plusMonths(5) : null;
        LocalDate closed = extended ? admitted.plusMonths(8) : admitted.plusDays(14 + random.nextInt(32));
        if (!closed.isBefore(today)) {
            closed = null;
        }
        ClosureReason reason = closed == null ? null : closure(foreign);
        List<NewOutcome> outcomes = outcomes(foreign, admitted, closed, reason, who);
        String sex = who.equals("M") || who.equals("BOY") ? "M" : "F";
        LocalDate delivered = admitted.plusDays(2 + random.nextInt(10));
        if (closed != null && delivered.isAfter(closed) || !delivered.isBefore(today)) {
            delivered = admitted;
        }
        DemoVictim v = screened(sex, foreign, identified, admitted, foreign ? residence() : ResidenceCategory.CITIZEN, delivered,
                closed, outcomes, reason, extendedOn);
        if (who.equals("BOY") || who.equals("GIRL")) {
            return new DemoVictim(v.givenName(), v.citizenship(), to.minusYears(10 + random.nextInt(8)).minusDays(random.nextInt(300)),
                    sex, random.nextBoolean() ? ExploitationType.SEXUAL : ExploitationType.LABOUR, v.pathway(), v.regionCode(),
                    identified, admitted, v.residence(), delivered, extendedOn, closed, reason, outcomes);
        }
        return v;
    }

    private DemoVictim screened(String sex, boolean foreign, LocalDate identified, LocalDate admitted, ResidenceCategory residence,
                                LocalDate delivered, LocalDate closed, List<NewOutcome> outcomes, ClosureReason reason,
                                LocalDate extendedOn) {
        String name = (sex.equals("M") ? MEN : WOMEN)[random.nextInt(MEN.length)];
        String citizenship = foreign ? FOREIGN[random.nextInt(FOREIGN.length)] : "KAZ";
        return new DemoVictim(name, citizenship, adultBirth(), sex, exploitation(sex), PATHWAYS[random.nextInt(PATHWAYS.length)],
                REGIONS[random.nextInt(REGIONS.length)], identified, admitted, residence, delivered, extendedOn, closed, reason,
                outcomes);
    }

    private LocalDate adultBirth() {
        int draw = random.nextInt(100);
        int years = draw < 45 ? 18 + random.nextInt(12) : draw < 80 ? 30 + random.nextInt(15) : draw < 97 ? 45 + random.nextInt(15)
                : 60 + random.nextInt(8);
        return from.minusYears(years).minusDays(1 + random.nextInt(360));
    }

    private ExploitationType exploitation(String sex) {
        int draw = random.nextInt(100);
        if (sex.equals("F")) {
            return draw < 55 ? ExploitationType.SEXUAL : draw < 95 ? ExploitationType.LABOUR : ExploitationType.OTHER;
        }
        return draw < 82 ? ExploitationType.LABOUR : draw < 94 ? ExploitationType.FORCED_CRIMINALITY : ExploitationType.OTHER;
    }

    private ResidenceCategory residence() {
        return random.nextInt(4) == 0 ? ResidenceCategory.TEMPORARY_RESIDENT : ResidenceCategory.LABOUR_MIGRANT;
    }

    private ClosureReason closure(boolean foreign) {
        int draw = random.nextInt(100);
        if (foreign) {
            return draw < 55 ? ClosureReason.REPATRIATED : draw < 75 ? ClosureReason.REINTEGRATED : draw < 90 ? ClosureReason.EMPLOYED
                    : ClosureReason.LOST_CONTACT;
        }
        return draw < 45 ? ClosureReason.REINTEGRATED : draw < 75 ? ClosureReason.EMPLOYED : draw < 90 ? ClosureReason.REFUSED_SERVICES
                : ClosureReason.LOST_CONTACT;
    }

    private List<NewOutcome> outcomes(boolean foreign, LocalDate admitted, LocalDate closed, ClosureReason reason, String who) {
        List<NewOutcome> outcomes = new ArrayList<>();
        LocalDate last = closed == null ? today.minusDays(1) : closed;
        if (foreign && random.nextInt(3) > 0) {
            outcomes.add(new NewOutcome(OutcomeKind.DOCUMENTS_RESTORED, min(admitted.plusDays(7), last), null, null, null));
        }
        if (random.nextInt(10) < 3) {
            String article = who.equals("BOY") || who.equals("GIRL") ? "135" : "128";
            outcomes.add(new NewOutcome(OutcomeKind.CRIMINAL_CASE, min(admitted.plusDays(5), last), article, CriminalStage.INVESTIGATION, null));
        }
        if (random.nextInt(10) < 2) {
            outcomes.add(new NewOutcome(OutcomeKind.DEPOSITED_TESTIMONY, min(admitted.plusDays(10), last), null, null, null));
        }
        if (random.nextInt(10) == 0) {
            outcomes.add(new NewOutcome(OutcomeKind.COMPENSATION_CLAIM, min(admitted.plusDays(12), last), null, null, null));
        }
        if (reason == ClosureReason.REPATRIATED) {
            outcomes.add(new NewOutcome(OutcomeKind.REPATRIATION, closed, null, null, null));
        }
        return outcomes;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static void add(List<String> list, String value, int times) {
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
    }
}
