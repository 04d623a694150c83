package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.stay.rules.StayFacts.Candidacy;
import kz.koshi.stay.rules.StayFacts.Visit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a candidate kandas is not an ordinary foreigner while the application runs (docs/stay.md, K1). */
class KandasCandidacyTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 10);
    private final StayEngine engine = new StayEngine(Rules.BOOK);

    private static StayFacts uzbek(Candidacy kandas) {
        return StayFacts.of("UZB", List.of(new Visit(ENTRY, null, "PRIVATE"))).withKandas(kandas);
    }

    private List<ViolationKind> violations(StayAssessment a) {
        return a.violations().stream().map(Violation::kind).toList();
    }

    @Test
    void anApplicationMadeInTimeHoldsTheOverstayRuleWhileItRunsAndOnceGranted() {
        StayAssessment ordinary = engine.assess(uzbek(null), ENTRY.plusDays(90));
        assertThat(ordinary.status()).isEqualTo(StayStatus.OVERSTAY);
        assertThat(violations(ordinary)).contains(ViolationKind.OVERSTAY);

        StayAssessment applied = engine.assess(uzbek(new Candidacy(ENTRY.plusDays(5), null)), ENTRY.plusDays(90));
        assertThat(applied.status()).isNotEqualTo(StayStatus.OVERSTAY);
        assertThat(applied.allowedUntil()).isNull();
        assertThat(violations(applied)).doesNotContain(ViolationKind.OVERSTAY);
        assertThat(violations(engine.assess(uzbek(new Candidacy(ENTRY.plusDays(5), null)), ENTRY.plusDays(400))))
                .doesNotContain(ViolationKind.OVERSTAY);
    }

    @Test
    void anApplicationMadeAfterTheAllowedStayEndedDoesNotUndoTheOverstay() {
        StayAssessment late = engine.assess(uzbek(new Candidacy(ENTRY.plusDays(120), null)), ENTRY.plusDays(130));
        assertThat(late.status()).isEqualTo(StayStatus.OVERSTAY);
        assertThat(late.allowedUntil()).isEqualTo(ENTRY.plusDays(89));
    }

    @Test
    void aRefusalRestartsTheOrdinaryClockOnTheRefusalDay() {
        LocalDate refused = ENTRY.plusDays(150);
        StayFacts facts = uzbek(new Candidacy(ENTRY.plusDays(5), refused));
        StayAssessment lastDay = engine.assess(facts, refused.plusDays(89));
        assertThat(lastDay.allowedUntil()).isEqualTo(refused.plusDays(89));
        assertThat(lastDay.status()).isNotEqualTo(StayStatus.OVERSTAY);
        StayAssessment after = engine.assess(facts, refused.plusDays(92));
        assertThat(after.status()).isEqualTo(StayStatus.OVERSTAY);
        assertThat(after.violations()).filteredOn(v -> v.kind() == ViolationKind.OVERSTAY)
                .singleElement().satisfies(v -> {
                    assertThat(v.since()).isEqualTo(refused.plusDays(90));
                    assertThat(v.days()).isEqualTo(3);
                });
    }

    @Test
    void anEarlyRefusalKeepsTheDaysOfTheEntry() {
        StayFacts facts = uzbek(new Candidacy(ENTRY.plusDays(2), ENTRY.plusDays(3)));
        assertThat(engine.assess(facts, ENTRY.plusDays(60)).allowedUntil()).isEqualTo(ENTRY.plusDays(92));
    }
}
