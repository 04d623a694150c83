package kz.koshi.recruitment.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.koshi.recruitment.LicenceStanding;
import kz.koshi.recruitment.PlacementRefusal;
import kz.koshi.recruitment.rules.LicenceStatus;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The placement rules (docs/recruitment.md, "Placements"), each alone and all at once. */
class PlacementRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);
    static final long LIMIT = 150_000;
    static final Set<String> ABROAD = Set.of("KOR", "RUS", "ARE", "TUR");
    static final Optional<LicenceStanding> LICENSED = Optional.of(new LicenceStanding("A", "PEA-2026-00001", LicenceStatus.ACTIVE,
            TODAY.minusYears(1), TODAY.plusYears(2), List.of("KOR", "RUS")));

    static String iin(LocalDate born) {
        for (int serial = 1; ; serial++) {
            var iin = Iin.issue(born, Sex.MALE, serial);
            if (iin.isPresent()) {
                return iin.get().value();
            }
        }
    }

    static PlacementForm valid() {
        PlacementForm f = new PlacementForm();
        f.setWorkerIin(iin(LocalDate.of(1990, 1, 1)));
        f.setCountry("KOR");
        f.setEmployerCountry("KOR");
        f.setContractStart(TODAY);
        f.setContractEnd(TODAY.plusYears(1));
        f.setMonthlyWage(new BigDecimal("2300000"));
        f.setFeesKzt(LIMIT);
        return f;
    }

    static List<PlacementRefusal> reasons(PlacementForm f, Optional<LicenceStanding> licence) {
        return PlacementRules.check(f, licence, TODAY, LIMIT, ABROAD::contains).stream().map(Refusal::reason).toList();
    }

    @Test
    void aValidPlacementByALicensedAgencyPasses() {
        assertThat(reasons(valid(), LICENSED)).isEmpty();
    }

    @Test
    void noValidLicenceOrALicenceNotForTheDestinationIsRefused() {
        assertThat(reasons(valid(), Optional.empty())).containsExactly(PlacementRefusal.NO_VALID_LICENCE);
        var suspended = Optional.of(new LicenceStanding("A", "N", LicenceStatus.SUSPENDED, TODAY, TODAY.plusYears(1), List.of("KOR")));
        assertThat(reasons(valid(), suspended)).containsExactly(PlacementRefusal.NO_VALID_LICENCE);
        PlacementForm f = valid();
        f.setCountry("ARE");
        assertThat(reasons(f, LICENSED)).containsExactly(PlacementRefusal.DESTINATION_NOT_LICENSED);
    }

    @Test
    void aWorkerUnder18OnKazakhstansDayIsRefusedAndTurns18OnTheirBirthday() {
        PlacementForm f = valid();
        f.setWorkerIin(iin(TODAY.minusYears(18).plusDays(1)));
        assertThat(reasons(f, LICENSED)).containsExactly(PlacementRefusal.WORKER_UNDER_18);
        f.setWorkerIin(iin(TODAY.minusYears(18)));
        assertThat(reasons(f, LICENSED)).isEmpty();
    }

    @Test
    void feesAboveTheLimitAnUnknownCountryAndAContractEndingBeforeItStartsAreRefusedTogether() {
        PlacementForm f = valid();
        f.setFeesKzt(LIMIT + 1);
        f.setEmployerCountry("XXX");
        f.setContractEnd(TODAY.minusDays(1));
        assertThat(reasons(f, LICENSED)).containsExactly(PlacementRefusal.UNKNOWN_COUNTRY, PlacementRefusal.FEES_ABOVE_LIMIT,
                PlacementRefusal.CONTRACT_DATES);
        f = valid();
        f.setCountry("KAZ");
        assertThat(PlacementRules.check(f, LICENSED, TODAY, LIMIT, ABROAD::contains)).extracting(Refusal::field).containsExactly("country");
    }
}
