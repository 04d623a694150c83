package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.stay.rules.StayFacts.ExpulsionFact;
import kz.koshi.stay.rules.StayFacts.Period;
import kz.koshi.stay.rules.StayFacts.PermitFact;
import kz.koshi.stay.rules.StayFacts.RegistrationFact;
import kz.koshi.stay.rules.StayFacts.Visit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StayEngineTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 11, 20);
    private final StayEngine engine = new StayEngine(Rules.BOOK);

    private static StayFacts present(String citizenship) {
        return StayFacts.of(citizenship, List.of(new Visit(ENTRY, null, "WORK")));
    }

    @Test
    void anUzbekCitizenMayStay90DaysAndMustBeRegisteredByThePoliceWithin5Days() {
        StayAssessment a = engine.assess(present("UZB"), ENTRY.plusDays(2));
        assertThat(a.status()).isEqualTo(StayStatus.REGISTRATION_DUE);
        assertThat(a.countryGroup()).isEqualTo("POLICE_REGISTRATION");
        assertThat(a.allowedUntil()).isEqualTo(ENTRY.plusDays(89));
        assertThat(a.registrar()).isEqualTo(RuleSet.Registrar.MIGRATION_POLICE);
        assertThat(a.registerBy()).isEqualTo(ENTRY.plusDays(5));
        assertThat(engine.assess(present("UZB"), ENTRY.plusDays(6)).status()).isEqualTo(StayStatus.REGISTRATION_OVERDUE);
    }

    @Test
    void theBorderServiceRegistersDevelopedCountriesAtEntryForTheWholeStay() {
        StayAssessment a = engine.assess(present("DEU"), ENTRY.plusDays(10));
        assertThat(a.status()).isEqualTo(StayStatus.LEGAL);
        assertThat(a.registrar()).isEqualTo(RuleSet.Registrar.BORDER_SERVICE_AT_ENTRY);
        assertThat(a.registrationRequired()).isFalse();
        assertThat(a.allowedUntil()).isEqualTo(ENTRY.plusDays(29));
        assertThat(engine.assess(present("BRA"), ENTRY).allowedUntil()).isEqualTo(ENTRY.plusDays(14));
    }

    @Test
    void russiansAndUkrainiansAreExemptFromRegistrationForTheirDays() {
        assertThat(engine.assess(present("RUS"), ENTRY.plusDays(20)).status()).isEqualTo(StayStatus.LEGAL);
        assertThat(engine.assess(present("RUS"), ENTRY.plusDays(20)).registerBy()).isEqualTo(ENTRY.plusDays(30));
        assertThat(engine.assess(present("RUS"), ENTRY.plusDays(31)).status()).isEqualTo(StayStatus.REGISTRATION_OVERDUE);
        assertThat(engine.assess(present("UKR"), ENTRY.plusDays(60)).status()).isEqualTo(StayStatus.LEGAL);
    }

    @Test
    void anExitOnTheDayAskedEndsThePresenceThatDay() {
        StayFacts leftToday = StayFacts.of("UZB", List.of(new Visit(ENTRY, ENTRY.plusDays(10), "WORK")));
        StayAssessment a = engine.assess(leftToday, ENTRY.plusDays(10));
        assertThat(a.status()).isEqualTo(StayStatus.NOT_PRESENT);
        assertThat(a.presentSince()).isNull();
        assertThat(a.violations()).extracting(Violation::kind).containsExactly(ViolationKind.MISSED_REGISTRATION);
        assertThat(engine.assess(leftToday, ENTRY.plusDays(9)).status()).isEqualTo(StayStatus.REGISTRATION_OVERDUE);
    }

    @Test
    void aSecondEntryWithNoExitEndsTheEarlierVisitThereAndItsOverstaySaysNoExitIsOnRecord() {
        LocalDate again = ENTRY.plusDays(100);
        StayFacts facts = StayFacts.of("UZB", List.of(new Visit(ENTRY, again, "WORK", true), new Visit(again, null, "WORK")))
                .withExpulsions(List.of(new ExpulsionFact(ENTRY.plusDays(20), ENTRY.plusDays(30))));
        StayAssessment a = engine.assess(facts, again);
        assertThat(a.violations()).contains(
                new Violation(ViolationKind.OVERSTAY, ENTRY.plusDays(90), 11, Sanction.PROTOCOL, ViolationReason.EXIT_NOT_RECORDED),
                new Violation(ViolationKind.MISSED_REGISTRATION, ENTRY.plusDays(6), 95, Sanction.PROTOCOL));
        assertThat(a.violations()).extracting(Violation::kind).as("an unknown exit does not execute an expulsion")
                .contains(ViolationKind.EXPULSION_NOT_EXECUTED);
        assertThat(a.exitsNotRecorded()).containsExactly(again);
        assertThat(a.presentSince()).isEqualTo(again);
        assertThat(engine.assess(present("UZB"), ENTRY.plusDays(10)).exitsNotRecorded()).isEmpty();
    }

    @Test
    void aTransitOfUnder5DaysNeedsNoRegistration() {
        StayFacts transit = StayFacts.of("UZB", List.of(new Visit(ENTRY, ENTRY.plusDays(4), "TRANSIT")));
        assertThat(engine.assess(transit, ENTRY.plusDays(30)).violations()).isEmpty();
        assertThat(engine.assess(transit, ENTRY.plusDays(30)).status()).isEqualTo(StayStatus.NOT_PRESENT);
    }

    @Test
    void anOverstayOfUpTo3DaysGetsAWarningAndLongerAProtocol() {
        StayFacts facts = present("DEU");
        Violation short1 = engine.assess(facts, ENTRY.plusDays(32)).violations().getFirst();
        assertThat(short1).isEqualTo(new Violation(ViolationKind.OVERSTAY, ENTRY.plusDays(30), 3, Sanction.WARNING));
        StayAssessment longer = engine.assess(facts, ENTRY.plusDays(33));
        assertThat(longer.status()).isEqualTo(StayStatus.OVERSTAY);
        assertThat(longer.violations().getFirst().days()).isEqualTo(4);
        assertThat(longer.violations().getFirst().sanction()).isEqualTo(Sanction.PROTOCOL);
    }

    @Test
    void anOverstayFoundAtExitCountsTheDaysToTheExit() {
        StayFacts left = StayFacts.of("DEU", List.of(new Visit(ENTRY, ENTRY.plusDays(31), "PRIVATE")));
        StayAssessment a = engine.assess(left, ENTRY.plusDays(100));
        assertThat(a.status()).isEqualTo(StayStatus.NOT_PRESENT);
        assertThat(a.violations()).containsExactly(new Violation(ViolationKind.OVERSTAY, ENTRY.plusDays(30), 2, Sanction.WARNING));
    }

    @Test
    void aLateRegistrationIsAMissedRegistrationWithItsDays() {
        StayFacts facts = present("TJK").withRegistrations(List.of(
                new RegistrationFact(RegistrationParty.POLICE, ENTRY.plusDays(12), ENTRY.plusDays(89))));
        StayAssessment a = engine.assess(facts, ENTRY.plusDays(20));
        assertThat(a.status()).isEqualTo(StayStatus.LEGAL);
        assertThat(a.violations()).containsExactly(
                new Violation(ViolationKind.MISSED_REGISTRATION, ENTRY.plusDays(6), 7, Sanction.PROTOCOL));
    }

    @Test
    void aPermitContinuesTheAllowedStayAndEmployerRegistrationWithoutOneIsWorkWithoutPermit() {
        RegistrationFact byEmployer = new RegistrationFact(RegistrationParty.EMPLOYER, ENTRY.plusDays(3), ENTRY.plusDays(89));
        StayAssessment without = engine.assess(present("CHN").withRegistrations(List.of(byEmployer)), ENTRY.plusDays(10));
        assertThat(without.violations()).extracting(Violation::kind).containsExactly(ViolationKind.WORK_WITHOUT_PERMIT);
        PermitFact permit = new PermitFact(PermitKind.DOMESTIC_WORKER, ENTRY.plusDays(2), ENTRY.plusDays(200), "E1");
        StayAssessment with = engine.assess(present("CHN").withRegistrations(List.of(byEmployer)).withPermits(List.of(permit)),
                ENTRY.plusDays(150));
        assertThat(with.violations()).isEmpty();
        assertThat(with.allowedUntil()).isEqualTo(ENTRY.plusDays(200));
        assertThat(with.permitsHeld()).containsExactly(permit);
    }

    @Test
    void eaeuCitizensWorkWithoutAPermit() {
        RegistrationFact byEmployer = new RegistrationFact(RegistrationParty.EMPLOYER, ENTRY.plusDays(3), ENTRY.plusDays(89));
        assertThat(engine.assess(present("KGZ").withRegistrations(List.of(byEmployer)), ENTRY.plusDays(10)).violations()).isEmpty();
    }

    @Test
    void aCourtExpulsionWithoutExitIsFlaggedAfterItsDeadlineAndBringsA5YearBan() {
        ExpulsionFact order = new ExpulsionFact(ENTRY.plusDays(40), ENTRY.plusDays(50));
        StayFacts facts = present("UZB").withExpulsions(List.of(order));
        assertThat(engine.assess(facts, ENTRY.plusDays(45)).status()).isEqualTo(StayStatus.EXPULSION_ORDERED);
        assertThat(engine.assess(facts, ENTRY.plusDays(45)).violations()).extracting(Violation::kind)
                .doesNotContain(ViolationKind.EXPULSION_NOT_EXECUTED);
        assertThat(engine.assess(facts, ENTRY.plusDays(60)).violations()).extracting(Violation::kind)
                .contains(ViolationKind.EXPULSION_NOT_EXECUTED);
        assertThat(engine.entryBanUntil(order, ENTRY.plusDays(48))).isEqualTo(ENTRY.plusDays(48).plusYears(5));
        StayFacts executed = StayFacts.of("UZB", List.of(new Visit(ENTRY, ENTRY.plusDays(48), "WORK"))).withExpulsions(List.of(order));
        assertThat(engine.assess(executed, ENTRY.plusDays(60)).violations()).extracting(Violation::kind)
                .doesNotContain(ViolationKind.EXPULSION_NOT_EXECUTED);
    }

    @Test
    void anExpulsionExecutedLateKeepsItsViolationWithTheDaysToTheExit() {
        ExpulsionFact order = new ExpulsionFact(ENTRY.plusDays(40), ENTRY.plusDays(50));
        StayFacts late = StayFacts.of("UZB", List.of(new Visit(ENTRY, ENTRY.plusDays(55), "WORK"))).withExpulsions(List.of(order));
        assertThat(engine.assess(late, ENTRY.plusDays(70)).violations()).contains(
                new Violation(ViolationKind.EXPULSION_NOT_EXECUTED, ENTRY.plusDays(51), 5, Sanction.SEARCH_AND_REMOVAL));
        assertThat(engine.assess(late, ENTRY.plusDays(70)).status()).isEqualTo(StayStatus.NOT_PRESENT);
    }

    @Test
    void aReflectionPeriodBlocksRemovalMeasures() {
        ExpulsionFact order = new ExpulsionFact(ENTRY.plusDays(1), ENTRY.plusDays(5));
        StayFacts facts = present("UZB").withExpulsions(List.of(order))
                .withProtection(List.of(), List.of(new Period(ENTRY.plusDays(3), ENTRY.plusDays(40))));
        StayAssessment a = engine.assess(facts, ENTRY.plusDays(20));
        assertThat(a.removalBlocked()).isTrue();
        assertThat(a.violations()).extracting(Violation::kind).doesNotContain(ViolationKind.EXPULSION_NOT_EXECUTED);
        assertThat(engine.assess(facts, ENTRY.plusDays(41)).removalBlocked()).isFalse();
    }

    @Test
    void aVictimsRegistrationLastsForTheInvestigation() {
        StayFacts facts = present("UZB").withProtection(List.of(new Period(ENTRY.plusDays(30), ENTRY.plusDays(400))), List.of());
        assertThat(engine.assess(facts, ENTRY.plusDays(300)).allowedUntil()).isEqualTo(ENTRY.plusDays(400));
        assertThat(engine.assess(facts, ENTRY.plusDays(300)).status()).isNotEqualTo(StayStatus.OVERSTAY);
    }

    @Test
    void anEntryDuringABanIsAViolation() {
        StayFacts facts = present("UZB").withBans(List.of(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1))));
        assertThat(engine.assess(facts, ENTRY).violations()).extracting(Violation::kind).containsExactly(ViolationKind.ENTRY_DURING_BAN);
    }

    @Test
    void theTotalStayAddsEveryVisitAndTwoOffencesAskForAnExpulsionReview() {
        StayFacts facts = StayFacts.of("DEU", List.of(new Visit(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 4), "WORK"),
                new Visit(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 5), "WORK"), new Visit(ENTRY, null, "WORK")));
        StayAssessment a = engine.assess(facts, ENTRY.plusDays(9));
        assertThat(a.totalDaysInCountry()).isEqualTo(35 + 36 + 10);
        assertThat(a.currentStayDays()).isEqualTo(10);
        assertThat(a.violations()).hasSize(2);
        assertThat(a.expulsionReview()).isTrue();
    }

    @Test
    void aViolationArisingWhileRemovalIsSuspendedIsRecordedAsNotPunishable() {
        // Uzbekistan, 90 days: the overstay begins on day 91; a period covering it suspends it, one ending before does not.
        StayFacts during = present("UZB").withProtection(List.of(), List.of(new Period(ENTRY.plusDays(80), null)));
        assertThat(engine.assess(during, ENTRY.plusDays(100)).violations()).filteredOn(v -> v.kind() == ViolationKind.OVERSTAY)
                .singleElement().satisfies(v -> assertThat(v.suspended()).isTrue());
        StayFacts before = present("UZB").withProtection(List.of(), List.of(new Period(ENTRY.plusDays(10), ENTRY.plusDays(40))));
        assertThat(engine.assess(before, ENTRY.plusDays(100)).violations()).filteredOn(v -> v.kind() == ViolationKind.OVERSTAY)
                .singleElement().satisfies(v -> assertThat(v.punishable()).isTrue());
    }

    @Test
    void theExpulsionReviewCountsOffencesPunishedWithAProtocolWithinAYearNotWarningsNorSuspendedOnes() {
        LocalDate on = LocalDate.of(2026, 11, 1);
        Violation protocol = new Violation(ViolationKind.OVERSTAY, on.minusMonths(2), 10, Sanction.PROTOCOL);
        Violation other = new Violation(ViolationKind.WORK_WITHOUT_PERMIT, on.minusDays(3), 3, Sanction.PROTOCOL);
        Violation warning = new Violation(ViolationKind.MISSED_REGISTRATION, on.minusDays(20), 2, Sanction.WARNING);
        Violation old = new Violation(ViolationKind.OVERSTAY, on.minusYears(1), 30, Sanction.PROTOCOL);
        assertThat(ExpulsionReviewRule.due(List.of(protocol, other), on))
                .contains(new ExpulsionReviewRule.Offences(2, on.minusMonths(2), on.minusDays(3)));
        assertThat(ExpulsionReviewRule.due(List.of(protocol, warning), on)).isEmpty();
        assertThat(ExpulsionReviewRule.due(List.of(protocol, other.asSuspended()), on)).isEmpty();
        assertThat(ExpulsionReviewRule.due(List.of(old, other), on)).isEmpty();
        assertThat(ExpulsionReviewRule.due(List.of(old, other, protocol), on)).map(ExpulsionReviewRule.Offences::count).contains(2);
    }

    @Test
    void anOverstayAndAMissedRegistrationOfAFewDaysAreWarningsAndAskForNoReview() {
        // China (90 days, host or police): registered 3 days late (warning) and 2 days over the 90 (warning): two
        // violations, no offence counted.
        StayFacts facts = StayFacts.of("CHN", List.of(new Visit(ENTRY, ENTRY.plusDays(91), "WORK")))
                .withRegistrations(List.of(new RegistrationFact(RegistrationParty.HOST, ENTRY.plusDays(8), ENTRY.plusDays(60))));
        StayAssessment a = engine.assess(facts, ENTRY.plusDays(95));
        assertThat(a.violations()).extracting(Violation::sanction).containsExactly(Sanction.WARNING, Sanction.WARNING);
        assertThat(a.expulsionReview()).isFalse();
    }

    @Test
    void citizensAreNotAssessed() {
        assertThat(engine.assess(present("KAZ"), ENTRY).status()).isEqualTo(StayStatus.CITIZEN);
    }
}
