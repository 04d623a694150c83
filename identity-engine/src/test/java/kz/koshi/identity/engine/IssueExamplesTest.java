package kz.koshi.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

/** The examples of the identity-resolution issue, end to end through the batch linker. */
class IssueExamplesTest {

    private static final List<IdentityRecord> RECORDS = List.of(
            IdentityRecord.builder("border-1").source("border").surname("IUSUPOV").givenName("SHERZOD")
                    .birthDate("1994-03-17").sex("M").citizenship("UZB").documentNumber("FA1234567").build(),
            IdentityRecord.builder("police-1").source("police").surname("Юсупов").givenName("Шерзод")
                    .birthDate("1994-03-17").sex("М").citizenship("UZB").build(),
            IdentityRecord.builder("hotel-1").source("hotel").surname("Yusupov").givenName("Sherzod")
                    .birthDate("1994-03-17").citizenship("UZB").documentNumber("FA 1234567")
                    .phone("+7 701 555 12 34").build(),
            IdentityRecord.builder("crisis-1").source("crisis_centre").givenName("Шерзод")
                    .birthDate("1994").sex("M").citizenship("UZB").build(),
            IdentityRecord.builder("police-2").source("police").surname("Ахметов").givenName("Ерлан")
                    .birthDate("1988-02-11").sex("M").citizenship("KAZ").documentNumber("N08811223").build(),
            IdentityRecord.builder("border-2").source("border").surname("AKHMETOV").givenName("ERLAN")
                    .birthDate("1988-10-25").sex("M").citizenship("KAZ").documentNumber("N12990871").build());

    private final Linkage linkage = new Linker(MatchModel.defaults(), false)
            .link(RecordSet.of(new TransliterationKeys(), RECORDS));

    @Test
    void theFourSherzodRecordsFromFourAgenciesAreOnePerson() {
        assertThat(List.of(cluster(0), cluster(1), cluster(2), cluster(3))).containsOnly(cluster(0));
    }

    @Test
    void twoErlanAkhmetovsBornTheSameYearWithDifferentDatesAndDocumentsStayApart() {
        assertThat(cluster(4)).isNotEqualTo(cluster(5));
        assertThat(cluster(4)).isNotEqualTo(cluster(0));
        assertThat(linkage.scoredPairs()).filteredOn(p -> p.recordA().equals("police-2"))
                .allSatisfy(p -> assertThat(p.decision()).isNotEqualTo(Decision.LINK));
    }

    @Test
    void theCrisisCentreRecordLinksOnGivenNameBirthYearCitizenshipAndSex() {
        assertThat(linkage.scoredPairs()).anySatisfy(p -> {
            assertThat(p.recordB()).isEqualTo("crisis-1");
            assertThat(p.decision()).isEqualTo(Decision.LINK);
        });
    }

    @Test
    void everyLinkIsExplainedFieldByField() {
        assertThat(linkage.explain(0, 1)).extracting(FieldContribution::field).containsExactly(Field.values());
        assertThat(linkage.explain(0, 1)).filteredOn(c -> c.field() == Field.SURNAME)
                .singleElement().satisfies(c -> {
                    assertThat(c.level()).isEqualTo("variant");
                    assertThat(c.weight()).isPositive();
                });
    }

    private String cluster(int index) {
        return linkage.clusterId(index);
    }
}
