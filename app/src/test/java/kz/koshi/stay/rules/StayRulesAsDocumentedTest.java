package kz.koshi.stay.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import kz.koshi.stay.rules.StayFacts.ExpulsionFact;
import kz.koshi.stay.rules.StayFacts.RegistrationFact;
import kz.koshi.stay.rules.StayFacts.Visit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, section 3: the stay rules do what the law (DOMAIN.md section 4) and docs/stay.md say. */
class StayRulesAsDocumentedTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 11, 20);
    private final StayEngine engine = new StayEngine(Rules.BOOK);

    private static StayFacts present(String citizenship, RegistrationFact... registrations) {
        return StayFacts.of(citizenship, List.of(new Visit(ENTRY, null, "WORK"))).withRegistrations(List.of(registrations));
    }

    private static RegistrationFact by(RegistrationParty party, int fromDay) {
        return new RegistrationFact(party, ENTRY.plusDays(fromDay), ENTRY.plusDays(80));
    }

    @Test
    void m5CountriesAreRegisteredOnlyByTheMigrationPolice() {
        for (RegistrationParty party : List.of(RegistrationParty.HOST, RegistrationParty.HOTEL, RegistrationParty.EMPLOYER)) {
            StayAssessment a = engine.assess(present("UZB", by(party, 1)), ENTRY.plusDays(10));
            assertThat(a.registered()).as(party.name()).isFalse();
            assertThat(a.status()).as(party.name()).isEqualTo(StayStatus.REGISTRATION_OVERDUE);
            assertThat(a.violations()).as(party.name()).extracting(Violation::kind).contains(ViolationKind.MISSED_REGISTRATION);
        }
        StayAssessment police = engine.assess(present("TJK", by(RegistrationParty.HOST, 1), by(RegistrationParty.POLICE, 3)),
                ENTRY.plusDays(10));
        assertThat(police.registered()).isTrue();
        assertThat(police.status()).isEqualTo(StayStatus.LEGAL);
        assertThat(police.violations()).isEmpty();
        assertThat(police.registrar()).isEqualTo(RuleSet.Registrar.MIGRATION_POLICE);
    }

    @Test
    void aPoliceRegistrationAfterAHostsCountsFromItsOwnDay() {
        StayAssessment a = engine.assess(present("AZE", by(RegistrationParty.HOST, 2), by(RegistrationParty.POLICE, 9)),
                ENTRY.plusDays(20));
        assertThat(a.violations()).containsExactly(
                new Violation(ViolationKind.MISSED_REGISTRATION, ENTRY.plusDays(6), 4, Sanction.PROTOCOL));
    }

    @Test
    void otherCountriesAreRegisteredByAHostAHotelOrAnEmployerAsByThePolice() {
        for (RegistrationParty party : List.of(RegistrationParty.HOST, RegistrationParty.HOTEL, RegistrationParty.POLICE)) {
            StayAssessment a = engine.assess(present("CHN", by(party, 1)), ENTRY.plusDays(10));
            assertThat(a.status()).as(party.name()).isEqualTo(StayStatus.LEGAL);
            assertThat(a.violations()).as(party.name()).isEmpty();
        }
    }

    /** A version of the rules with a 3-day registration deadline, the transit days staying 5 (M2). */
    private static StayEngine deadline3Transit5() {
        RuleSet base = Rules.BOOK.versions().getFirst();
        return new StayEngine(new StayRuleBook(List.of(new RuleSet(base.validFrom(), "test", 5, 3, base.warningMaxDays(),
                base.banYears(), base.groups(), base.registrationExemptDays(), base.domesticWorker(), base.ict(), base.mrpTenge(),
                base.employerQuota()))));
    }

    @Test
    void aTransitEndingWithinTheTransitDaysNeedsNoRegistrationEvenPastAShorterDeadline() {
        StayEngine engine = deadline3Transit5();
        StayFacts transit = StayFacts.of("CHN", List.of(new Visit(ENTRY, ENTRY.plusDays(5), "TRANSIT")));
        assertThat(engine.assess(transit, ENTRY.plusDays(30)).violations()).isEmpty();
        assertThat(engine.assess(present("CHN"), ENTRY.plusDays(4)).status()).as("may still be a transit")
                .isEqualTo(StayStatus.REGISTRATION_DUE);
        assertThat(engine.assess(present("CHN"), ENTRY.plusDays(5)).violations()).isEmpty();
    }

    @Test
    void aStayOutlastingTheTransitDaysIsUnregisteredFromTheDayAfterTheDeadline() {
        StayEngine engine = deadline3Transit5();
        StayAssessment a = engine.assess(present("CHN"), ENTRY.plusDays(6));
        assertThat(a.registerBy()).isEqualTo(ENTRY.plusDays(3));
        assertThat(a.status()).isEqualTo(StayStatus.REGISTRATION_OVERDUE);
        assertThat(a.violations()).containsExactly(new Violation(ViolationKind.MISSED_REGISTRATION, ENTRY.plusDays(4), 3, Sanction.WARNING));
        StayFacts leftOnDay6 = StayFacts.of("CHN", List.of(new Visit(ENTRY, ENTRY.plusDays(6), "PRIVATE")));
        assertThat(engine.assess(leftOnDay6, ENTRY.plusDays(30)).violations()).extracting(Violation::kind)
                .containsExactly(ViolationKind.MISSED_REGISTRATION);
    }

    @Test
    void withTheConfiguredValuesATransitOfFiveDaysNeedsNoRegistrationAndASixthDayDoes() {
        StayFacts five = StayFacts.of("CHN", List.of(new Visit(ENTRY, ENTRY.plusDays(5), "TRANSIT")));
        StayFacts six = StayFacts.of("CHN", List.of(new Visit(ENTRY, ENTRY.plusDays(6), "TRANSIT")));
        assertThat(engine.assess(five, ENTRY.plusDays(30)).violations()).isEmpty();
        assertThat(engine.assess(six, ENTRY.plusDays(30)).violations()).extracting(Violation::kind)
                .containsExactly(ViolationKind.MISSED_REGISTRATION);
    }

    @Test
    void theReflectionPeriodHasOneSourceProtectionsTermsNotTheStayRuleBook() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/kz/koshi/stay/stay-rules.properties")) {
            properties.load(in);
        }
        assertThat(properties.stringPropertyNames()).noneMatch(k -> k.contains("reflection"));
        assertThat(Arrays.stream(RuleSet.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(n -> n.contains("reflection"));
    }

    @Test
    void aCitizenOfKazakhstanIsACitizenWithNoStayRuleAndNoViolation() {
        StayFacts citizen = StayFacts.of("KAZ", List.of(new Visit(ENTRY, null, "PRIVATE")))
                .withExpulsions(List.of(new ExpulsionFact(ENTRY, ENTRY.plusDays(1))));
        StayAssessment a = engine.assess(citizen, ENTRY.plusDays(200));
        assertThat(a.status()).isEqualTo(StayStatus.CITIZEN);
        assertThat(a.violations()).isEmpty();
        assertThat(a.countryGroup()).isNull();
        assertThat(a.registrationRequired()).isFalse();
        assertThat(a.allowedUntil()).isNull();
        StayFacts abroad = StayFacts.of("KAZ", List.of(new Visit(ENTRY, ENTRY.plusDays(2), "PRIVATE")));
        assertThat(engine.assess(abroad, ENTRY.plusDays(10)).status()).isEqualTo(StayStatus.CITIZEN);
    }
}
