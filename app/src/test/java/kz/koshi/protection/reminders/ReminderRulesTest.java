package kz.koshi.protection.reminders;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final ReminderRules rules = new ReminderRules();

    @Test
    void servicesAndReflectionAreRemindedFromFourteenDaysBeforeTheirEndAndOnOnceOverdue() {
        assertThat(rules.of(open(TODAY.plusDays(14), null), TODAY)).extracting(Reminder::kind, Reminder::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.SERVICES_END, false));
        assertThat(rules.of(open(TODAY.plusDays(15), TODAY.plusDays(15)), TODAY)).isEmpty();
        assertThat(rules.of(open(TODAY.minusDays(1), TODAY.plusDays(3)), TODAY)).extracting(Reminder::kind, Reminder::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.SERVICES_END, true),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.REFLECTION_END, false));
        assertThat(rules.of(open(null, null), TODAY)).isEmpty();
    }

    @Test
    void aFollowUpIsDueEveryNinetyDaysAfterClosureDuringTheFirstYear() {
        assertThat(rules.of(closed(TODAY.minusDays(76), null), TODAY)).extracting(Reminder::due).containsExactly(TODAY.plusDays(14));
        assertThat(rules.of(closed(TODAY.minusDays(75), null), TODAY)).isEmpty();
        assertThat(rules.of(closed(TODAY.minusDays(100), TODAY.minusDays(95)), TODAY)).extracting(Reminder::overdue).containsExactly(true);
        assertThat(rules.of(closed(TODAY.minusDays(100), TODAY.minusDays(10)), TODAY)).isEmpty();
        assertThat(rules.of(closed(TODAY.minusDays(366), null), TODAY)).isEmpty();
    }

    private static ReminderCase open(LocalDate servicesEnd, LocalDate reflectionEnd) {
        return new ReminderCase(1, "TIP-2026-000001", "P-1", false, servicesEnd, reflectionEnd, null, null);
    }

    private static ReminderCase closed(LocalDate closedOn, LocalDate lastFollowUp) {
        return new ReminderCase(1, "TIP-2026-000001", "P-1", true, null, null, closedOn, lastFollowUp);
    }
}
