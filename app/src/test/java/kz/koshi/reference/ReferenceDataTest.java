package kz.koshi.reference;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DatabaseTest
class ReferenceDataTest {

    @Autowired
    ReferenceData reference;
    @Autowired
    MockMvc mvc;

    @Test
    void seventeenOblastsAndThreeCitiesAreInForceIn2025() {
        var regions = reference.regionsOn(LocalDate.of(2025, 1, 1));
        assertThat(regions).filteredOn(r -> r.kind() == Region.Kind.OBLAST).hasSize(17);
        assertThat(regions).filteredOn(r -> r.kind() == Region.Kind.CITY).extracting(r -> r.name().en())
                .containsExactlyInAnyOrder("Astana", "Almaty", "Shymkent");
    }

    @Test
    void regionsAreVersionedByDate() {
        var in2016 = reference.regionsOn(LocalDate.of(2016, 10, 1));
        assertThat(in2016).extracting(r -> r.name().en()).contains("South Kazakhstan Region")
                .doesNotContain("Turkestan Region", "Shymkent", "Abai Region", "Zhetisu Region", "Ulytau Region");
        assertThat(in2016).hasSize(16);
    }

    @Test
    void countriesCarryTheirNamesInThreeLanguages() {
        assertThat(reference.countries()).hasSize(250);
        Country uzbekistan = reference.country("UZB").orElseThrow();
        assertThat(uzbekistan.name().ru()).isEqualTo("Узбекистан");
        assertThat(uzbekistan.name().kk()).isEqualTo("Өзбекстан");
        assertThat(uzbekistan.alpha2()).isEqualTo("UZ");
        assertThat(reference.country("XXA")).isPresent();
    }

    @Test
    void thirteenCrisisCentresTwoOfThemStateFunded() {
        var centres = reference.crisisCentres();
        assertThat(centres).hasSize(13);
        assertThat(centres).filteredOn(c -> c.funding() == CrisisCentre.Funding.STATE_FUNDED)
                .extracting(CrisisCentre::regionCode).containsExactlyInAnyOrder("KZ-10", "KZ-79");
        assertThat(centres).filteredOn(c -> c.regionCode().equals("KZ-61")).hasSize(2);
    }

    @Test
    void everyAgencyTypeHasAnAgency() {
        assertThat(reference.agencies()).extracting(Agency::type).containsAll(java.util.EnumSet.allOf(AgencyType.class));
    }

    @Test
    void theApiServesReferenceData() throws Exception {
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(20)));
        mvc.perform(get("/api/v1/reference/crisis-centres").header("Authorization", "Bearer koshi-demo-crisis"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(13)));
        mvc.perform(get("/api/v1/reference/regions").param("asOf", "not-a-date").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
}
