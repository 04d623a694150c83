package kz.koshi.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.shared.CriminalStage;

/**
 * The demo's year of presumed victims, deterministic by seed, shaped like the commission's 2016 figures (seed 000): 171
 * served (94 men, 52 women, 25 children; 93 foreigners), admitted one every two days or so over the past year for stays
 * of two to seven weeks (so the Astana centre never holds more than its places), four still in services with an
 * extension for criminal proceedings; and 30 more identified and not (yet) served.
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
    private final LocalDate today;

    DemoVictimPlan(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    List<DemoVictim> victims() {
        List<String> who = new ArrayList<>();
        add(who, "M", 94);
        add(who, "F", 52);
        add(who, "BOY", 12);
        add(who, "GIRL", 13);
        Collections.shuffle(who, random);
        List<Boolean> foreign = new ArrayList<>();
        for (int i = 0; i < SERVED; i++) {
            foreign.add(i < 93);
        }
        Collections.shuffle(foreign, random);
        List<DemoVictim> victims = new ArrayList<>();
        for (int i = 0; i < SERVED; i++) {
            victims.add(served(i, who.get(i), foreign.get(i)));
        }
        for (int i = 0; i < IDENTIFIED_ONLY; i++) {
            victims.add(screened(i % 3 == 0 ? "F" : "M", i % 2 == 0, null, null, null, null, List.of(), false));
        }
        return victims;
    }

    private DemoVictim served(int i, String who, boolean foreign) {
        boolean extended = i >= SERVED - 4;
        LocalDate admitted = extended ? today.minusMonths(5).minusDays(16 + i % 4)
                : today.minusDays(360 - (long) i * 350 / SERVED);
        LocalDate closed = extended ? null : admitted.plusDays(14 + random.nextInt(32));
        if (closed != null && !closed.isBefore(today)) {
            closed = null;
        }
        ClosureReason reason = closed == null ? null : closure(foreign);
        List<NewOutcome> outcomes = outcomes(foreign, admitted, closed, reason, who);
        String sex = who.equals("M") || who.equals("BOY") ? "M" : "F";
        DemoVictim v = screened(sex, foreign, admitted, foreign ? residence() : ResidenceCategory.CITIZEN, closed, reason,
                outcomes, extended);
        if (who.equals("BOY") || who.equals("GIRL")) {
            return new DemoVictim(v.givenName(), v.citizenship(), today.minusYears(10 + random.nextInt(8)).minusDays(random.nextInt(300)),
                    sex, random.nextBoolean() ? ExploitationType.SEXUAL : ExploitationType.LABOUR, v.pathway(), v.regionCode(),
                    admitted, v.residence(), closed, reason, outcomes, extended);
        }
        return v;
    }

    private DemoVictim screened(String sex, boolean foreign, LocalDate admitted, ResidenceCategory residence, LocalDate closed,
                                ClosureReason reason, List<NewOutcome> outcomes, boolean extended) {
        String name = (sex.equals("M") ? MEN : WOMEN)[random.nextInt(MEN.length)];
        String citizenship = foreign ? FOREIGN[random.nextInt(FOREIGN.length)] : "KAZ";
        return new DemoVictim(name, citizenship, adultBirth(), sex, exploitation(sex), PATHWAYS[random.nextInt(PATHWAYS.length)],
                REGIONS[random.nextInt(REGIONS.length)], admitted, residence, closed, reason, outcomes, extended);
    }

    private LocalDate adultBirth() {
        int draw = random.nextInt(100);
        int years = draw < 45 ? 18 + random.nextInt(12) : draw < 80 ? 30 + random.nextInt(15) : draw < 97 ? 45 + random.nextInt(15)
                : 60 + random.nextInt(8);
        return today.minusYears(years).minusDays(1 + random.nextInt(360));
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
        LocalDate last = closed == null ? today : closed;
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
