package kz.koshi.recruitment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import kz.koshi.recruitment.rules.ApplicantPassword;
import kz.koshi.recruitment.rules.ApplicationStatus;
import kz.koshi.recruitment.rules.ChecklistItem;
import kz.koshi.recruitment.rules.LicenceAct;
import kz.koshi.recruitment.rules.LicenceRules;
import kz.koshi.recruitment.rules.LicenceStatus;
import kz.koshi.recruitment.rules.SampleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The licensing engine, plain Java: transitions, expiry on read, validity, checklist, contract and password rules. */
class LicenceRulesTest {

    @CsvSource({
            "ACTIVE, SUSPENDED, SUSPENDED", "SUSPENDED, REINSTATED, ACTIVE", "ACTIVE, REVOKED, REVOKED",
            "SUSPENDED, REVOKED, REVOKED", "ACTIVE, RENEWED, ACTIVE", "EXPIRED, RENEWED, ACTIVE"})
    @ParameterizedTest
    void anActMovesALicenceOnlyFromTheStatesItAppliesTo(LicenceStatus from, LicenceAct act, LicenceStatus to) {
        assertThat(LicenceRules.after(from, act)).contains(to);
    }

    @CsvSource({
            "SUSPENDED, SUSPENDED", "ACTIVE, REINSTATED", "REVOKED, REINSTATED", "REVOKED, RENEWED", "EXPIRED, SUSPENDED",
            "REVOKED, REVOKED", "SUSPENDED, RENEWED", "ACTIVE, GRANTED", "ACTIVE, EXPIRED", "EXPIRED, REVOKED"})
    @ParameterizedTest
    void anActThatDoesNotApplyIsRefused(LicenceStatus from, LicenceAct act) {
        assertThat(LicenceRules.after(from, act)).isEmpty();
    }

    @Test
    void aLicenceExpiresByItselfTheDayAfterItsLastValidDay() {
        LocalDate last = LocalDate.of(2029, 12, 5);
        assertThat(LicenceRules.on(LicenceStatus.ACTIVE, last, last)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(LicenceRules.on(LicenceStatus.ACTIVE, last, last.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(LicenceRules.on(LicenceStatus.SUSPENDED, last, last.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(LicenceRules.on(LicenceStatus.REVOKED, last, last.plusDays(1))).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void validityEndsTheDayBeforeTheAnniversaryAndARenewalRunsOn() {
        assertThat(LicenceRules.validTo(LocalDate.of(2026, 12, 6), 3)).isEqualTo(LocalDate.of(2029, 12, 5));
        assertThat(LicenceRules.renewedFrom(LocalDate.of(2029, 12, 5), LocalDate.of(2029, 1, 1))).isEqualTo(LocalDate.of(2029, 12, 6));
        assertThat(LicenceRules.renewedFrom(LocalDate.of(2029, 12, 5), LocalDate.of(2030, 2, 1))).isEqualTo(LocalDate.of(2030, 2, 1));
    }

    @Test
    void onlyASubmittedApplicationIsDecidedAndOnlyOneSentBackIsEdited() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::awaitsReview)).containsExactly(ApplicationStatus.SUBMITTED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::editableByApplicant))
                .containsExactly(ApplicationStatus.CORRECTIONS_REQUESTED);
    }

    @Test
    void aGrantNeedsEveryChecklistItem() {
        assertThat(ChecklistItem.missing(EnumSet.allOf(ChecklistItem.class))).isEmpty();
        assertThat(ChecklistItem.missing(EnumSet.of(ChecklistItem.LEGAL_ENTITY, ChecklistItem.PERSONS)))
                .containsExactlyInAnyOrder(ChecklistItem.ADDRESSES, ChecklistItem.FEES, ChecklistItem.CONTRACT);
    }

    @Test
    void theSampleContractIsAPdfByItsFirstBytesAndWithinTheLimit() {
        assertThat(SampleContract.isPdf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(SampleContract.isPdf("PK\u0003\u0004 a docx".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(SampleContract.isPdf(new byte[] {'%', 'P'})).isFalse();
        assertThat(SampleContract.withinLimit(SampleContract.MAX_BYTES)).isTrue();
        assertThat(SampleContract.withinLimit(SampleContract.MAX_BYTES + 1L)).isFalse();
        assertThat(SampleContract.withinLimit(0)).isFalse();
    }

    @Test
    void anApplicantPasswordIsLongMixedAndDoesNotHoldTheBin() {
        assertThat(ApplicantPassword.strong("Agency-pass-2026", "140340012349")).isTrue();
        assertThat(ApplicantPassword.strong("Short-1", "140340012349")).isFalse();
        assertThat(ApplicantPassword.strong("onlylettersandlong", "140340012349")).isFalse();
        assertThat(ApplicantPassword.strong("Letters2026digits", "140340012349")).isFalse();
        assertThat(ApplicantPassword.strong("x-140340012349", "140340012349")).isFalse();
        assertThat(ApplicantPassword.strong("Пароль-агентства-2026", "140340012349")).isTrue();
    }
}
