package kz.koshi.stay.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configured rules keep the values the sources give (the 2016 Commission report, seed 002, as cited in
 * DOMAIN.md section 4 and docs/border.md); the illustrative ones are named there.
 */
class RuleSourcesTest {

    private final RuleSet rules = Rules.BOOK.on(LocalDate.of(2016, 4, 7));

    private RuleSet.CountryGroup group(String name) {
        return rules.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theGroupsRegisteredAtTheBorderHaveTheReportsSizesAndTheNineteenStay15Days() {
        assertThat(group("DEVELOPED_48").countries()).hasSize(48);
        assertThat(group("VISA_FREE_19").countries()).hasSize(19);
        assertThat(group("VISA_FREE_19").allowedDays()).isEqualTo(15);
        assertThat(group("DEVELOPED_48").registrar()).isEqualTo(RuleSet.Registrar.BORDER_SERVICE_AT_ENTRY);
        assertThat(group("VISA_FREE_19").registrar()).isEqualTo(RuleSet.Registrar.BORDER_SERVICE_AT_ENTRY);
        assertThat(group("POLICE_REGISTRATION").countries()).contains("UZB", "TJK", "AZE", "GEO");
        assertThat(group("POLICE_REGISTRATION").registrar()).isEqualTo(RuleSet.Registrar.MIGRATION_POLICE);
    }

    @Test
    void noCountryIsInTwoGroups() {
        Set<String> seen = new HashSet<>();
        rules.groups().forEach(g -> g.countries().forEach(c -> assertThat(seen.add(c)).as(c + " in " + g.name()).isTrue()));
    }

    @Test
    void exemptionsFeesQuotasAndTheBanAreTheReports() {
        assertThat(rules.registrationExemptDays()).containsEntry("UKR", 90).containsEntry("RUS", 30).containsEntry("BLR", 30);
        assertThat(rules.transitDays()).isEqualTo(5);
        assertThat(rules.warningMaxDays()).isEqualTo(3);
        assertThat(rules.banYears()).isEqualTo(5);
        assertThat(rules.mrpTenge()).containsEntry(2016, 2121);
        assertThat(rules.domesticWorker()).isEqualTo(new RuleSet.DomesticWorker(List.of(1, 2, 3), 12, 2, 5));
        assertThat(rules.ict()).isEqualTo(new RuleSet.Ict(3, 1));
        assertThat(rules.employerQuota()).containsEntry(2013, 108_100).containsEntry(2014, 63_000);
        assertThat(Rules.BOOK.on(LocalDate.of(2014, 3, 1)).employerQuota()).containsEntry(2014, 63_000);
    }
}
