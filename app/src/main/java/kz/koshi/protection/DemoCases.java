package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.koshi.employment.ContactChannel;
import kz.koshi.employment.Language;
import kz.koshi.protection.rules.ExtensionReason;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.shared.CriminalStage;
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
 * A few demo cases for the {@code social} and {@code supervisor} accounts, made through the real service
 * as those officers (so they are audited and follow every rule): one in service with its period ending
 * soon and an extension to approve, a child waiting for a referral decision, a closed repatriation with a
 * follow-up, and one only the supervisor holds (to try break-the-glass); then, unless
 * {@code koshi.demo.protection-year=false}, a year of presumed victims for the commission's figures ({@link DemoVictims}),
 * made on its own thread after start-up.
 * Demo mode only.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(20)
class DemoCases implements ApplicationRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCases.class);

    private static final String CENTRE = "CRISIS-KZ-71";

    private final CaseManagement cases;
    private final ReferralMechanism referrals;
    private final SpecialSocialServices services;
    private final ActingOfficer officers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoVictims year;
    private final boolean wholeYear;

    DemoCases(CaseManagement cases, ReferralMechanism referrals, SpecialSocialServices services, ActingOfficer officers, JdbcClient jdbc, Clock clock,
              DemoVictims year, @Value("${koshi.demo.protection-year:true}") boolean wholeYear) {
        this.cases = cases;
        this.referrals = referrals;
        this.services = services;
        this.officers = officers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.year = year;
        this.wholeYear = wholeYear;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from protection_case").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        officers.as("social", () -> {
            inService(today);
            long child = open("Арман", "KAZ", today.minusYears(16), "M", ExploitationType.SEXUAL, IdentificationPathway.HOTLINE);
            referrals.refer(child, new NewReferral(CENTRE, Set.of(ServiceType.PSYCHOLOGICAL, ServiceType.PEDAGOGICAL), true,
                    "Гульнара", RepresentativeRelation.PARENT));
            long closed = admitted(open("Бакыт", "KGZ", LocalDate.of(1987, 3, 14), "M", ExploitationType.LABOUR,
                    IdentificationPathway.RAID), today.minusMonths(2));
            cases.recordOutcome(closed, new NewOutcome(OutcomeKind.DOCUMENTS_RESTORED, today.minusDays(20), null, null, null));
            cases.recordOutcome(closed, new NewOutcome(OutcomeKind.REPATRIATION, today.minusDays(7), null, null, null));
            cases.close(closed, new Closure(ClosureReason.REPATRIATED, today.minusDays(7)));
            cases.recordFollowUp(closed, new NewFollowUp(today, FollowUpChannel.PHONE, "Reached home; looking for work near family."));
            return null;
        });
        officers.as("supervisor", () -> open("Мадина", "TJK", LocalDate.of(2001, 11, 2), "F", ExploitationType.SEXUAL, IdentificationPathway.BORDER_CHECK));
        if (wholeYear) {
            Thread.ofPlatform().name("demo-protection-year").daemon().start(() -> wholeYear(today));
        }
    }

    /**
     * The presumed victims of last year and of this year to date take a minute or two through the services (about 3,000
     * audited transactions), so they are made after start-up, on their own thread, in the order of their days: the
     * figures fill while the first pages are opened.
     */
    private void wholeYear(LocalDate today) {
        long started = System.nanoTime();
        try {
            LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);
            for (DemoVictimPlan plan : List.of(new DemoVictimPlan(171, lastYear, lastYear.plusYears(1).minusDays(1), today),
                    new DemoVictimPlan(172, lastYear.plusYears(1), today.minusDays(1), today))) {
                for (DemoVictim victim : plan.victims()) {
                    officers.as("social", () -> {
                        year.make(victim, approval -> officers.as("supervisor", () -> {
                            approval.run();
                            return null;
                        }));
                        return null;
                    });
                }
            }
            log.info("Demo protection years made in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo protection years stopped: {}", e.getClass().getSimpleName());
        }
    }

    private void inService(LocalDate today) {
        long id = admitted(open("Dilfuza", "UZB", LocalDate.of(1994, 6, 1), "F", ExploitationType.LABOUR, IdentificationPathway.NGO_OUTREACH),
                today.minusMonths(6).plusDays(10));
        services.setPlan(id, new PlanChange(Set.of(ServiceType.SOCIAL_EVERYDAY, ServiceType.MEDICAL, ServiceType.PSYCHOLOGICAL,
                ServiceType.LEGAL, ServiceType.LABOUR)));
        services.logService(id, new ServiceDelivery(ServiceType.MEDICAL, today.minusMonths(5)));
        services.logService(id, new ServiceDelivery(ServiceType.LEGAL, today.minusMonths(3)));
        cases.recordOutcome(id, new NewOutcome(OutcomeKind.CRIMINAL_CASE, today.minusMonths(4), "128", CriminalStage.INVESTIGATION,
                null));
        cases.recordOutcome(id, new NewOutcome(OutcomeKind.EMPLOYMENT_REFERRAL, today.minusDays(3), null, null, null, "+7 700 555 01 02",
                Set.of(Language.KAZAKH, Language.RUSSIAN), "Повар, 3 года в столовой", null, Set.of(ContactChannel.PHONE)));
        services.requestExtension(id, new ExtensionRequest(ExtensionReason.CRIMINAL_PROCEEDINGS, today.plusMonths(3)));
        cases.addNote(id, new NewNote("Просит переводчика-женщину. Судебное заседание ожидается в следующем месяце."));
    }

    /** Given names only: demo persons say no more than that at screening. */
    private long open(String givenName, String citizenship, LocalDate birthDate, String sex, ExploitationType exploitation,
                      IdentificationPathway pathway) {
        NewScreening screening = new NewScreening(pathway, exploitation, !"KAZ".equals(citizenship),
                Set.of(Indicator.DOCUMENTS_CONFISCATED, Indicator.WAGES_WITHHELD, Indicator.THREATS), true,
                "Демо: работодатель удерживал документы, не платил, угрожал семье.", null, givenName, null, birthDate, sex,
                citizenship, null, "KZ-71", null);
        return cases.screen(screening).caseId();
    }

    private long admitted(long caseId, LocalDate on) {
        long referral = referrals.refer(caseId, NewReferral.ownConsent(CENTRE, Set.of(ServiceType.MEDICAL, ServiceType.LEGAL)));
        referrals.decideReferral(referral, new ReferralDecision(true, null));
        services.admit(caseId, new Admission(on, ResidenceCategory.LABOUR_MIGRANT));
        return caseId;
    }
}
