package kz.koshi.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class IdentityRegistryTest {

    @Autowired
    IdentityResolution identity;
    @Autowired
    PersonDirectory directory;
    @Autowired
    FeedImport feeds;
    @Autowired
    JdbcClient jdbc;

    private static IncomingRecord record(String source, String id, String surname, String given, String birth,
                                        String citizenship, String document) {
        return new IncomingRecord(source, id, surname, given, null, birth, "M", citizenship, document, null, null, null);
    }

    @Test
    void oneUzbekWorkerAcrossFourAgenciesIsOnePerson() {
        PersonResolution border = identity.resolve(record("border", "reg-b1", "IUSUPOV", "SHERZOD", "1987-07-19", "UZB", "FA7712345"));
        PersonResolution police = identity.resolve(record("migration_police", "reg-p1", "Юсупов", "Шерзод", "1987-07-19", "UZB", "FA7712345"));
        PersonResolution hotel = identity.resolve(record("hotel", "reg-h1", "Yusupov", "Sherzod", "1987-07-19", "UZB", null));

        assertThat(border.outcome()).isEqualTo(ResolutionOutcome.NEW_PERSON);
        assertThat(police.personNumber()).isEqualTo(border.personNumber());
        assertThat(hotel.personNumber()).isEqualTo(border.personNumber());
        assertThat(police.outcome()).isEqualTo(ResolutionOutcome.LINKED);
        assertThat(identity.person(border.personNumber()).orElseThrow().surname())
                .as("the name as read from the passport at the border survives").isEqualTo("IUSUPOV");
    }

    @Test
    void twoNamesakesBornTheSameYearStayApart() {
        PersonResolution first = identity.resolve(record("migration_police", "reg-ah1", "Ахметов", "Ерлан", "1979-02-11", "KAZ", "N08811223"));
        PersonResolution second = identity.resolve(record("migration_police", "reg-ah2", "Ахметов", "Ерлан", "1979-10-30", "KAZ", "N05544332"));
        assertThat(second.personNumber()).isNotEqualTo(first.personNumber());
        assertThat(second.outcome()).as("never linked automatically; at most a human looks at them")
                .isIn(ResolutionOutcome.NEW_PERSON, ResolutionOutcome.PENDING_REVIEW);
    }

    @Test
    void aRecordReceivedTwiceIsStoredOnce() {
        IncomingRecord r = record("hotel", "reg-dup", "Karimova", "Dilnoza", "1990-05-05", "UZB", null);
        PersonResolution once = identity.resolve(r);
        PersonResolution twice = identity.resolve(r);
        assertThat(twice.outcome()).isEqualTo(ResolutionOutcome.ALREADY_RECEIVED);
        assertThat(twice.personNumber()).isEqualTo(once.personNumber());
        assertThat(jdbc.sql("select count(*) from identity_source_record where source = 'hotel' and source_record_id = 'reg-dup'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBatchResolvesInOrderSoTwoRecordsOfOneNewPersonBecomeOnePerson() {
        IncomingRecord first = record("border", "batch-1", "NAZAROV", "BOBUR", "1991-04-17", "TJK", "TJ4411223");
        IncomingRecord second = record("border", "batch-2", "НАЗАРОВ", "БОБУР", "1991-04-17", "TJK", "TJ4411223");
        IncomingRecord stranger = record("border", "batch-3", "QODIROVA", "MALIKA", "1968-12-02", "TJK", "TJ9900112");
        long personsBefore = jdbc.sql("select count(*) from identity_person").query(Long.class).single();

        java.util.List<PersonResolution> results = identity.resolveAll(java.util.List.of(first, second, stranger, first));

        assertThat(results).extracting(PersonResolution::outcome).containsExactly(ResolutionOutcome.NEW_PERSON,
                ResolutionOutcome.LINKED, ResolutionOutcome.NEW_PERSON, ResolutionOutcome.ALREADY_RECEIVED);
        assertThat(results.get(1).personNumber()).isEqualTo(results.get(0).personNumber());
        assertThat(results.get(3).personNumber()).isEqualTo(results.get(0).personNumber());
        assertThat(results.get(2).personNumber()).isNotEqualTo(results.get(0).personNumber());
        assertThat(jdbc.sql("select count(*) from identity_person").query(Long.class).single())
                .as("one person row per new person, none for a record that linked").isEqualTo(personsBefore + 2);
        assertThat(new PersonNumber(results.get(2).personNumber()).sequence())
                .as("numbers are drawn for new persons only, so none is spent on the linked record")
                .isEqualTo(new PersonNumber(results.get(0).personNumber()).sequence() + 1);
        PersonSummary golden = identity.person(results.get(0).personNumber()).orElseThrow();
        assertThat(golden.recordCount()).isEqualTo(2);
        assertThat(golden.surname()).isIn("NAZAROV", "НАЗАРОВ");
        assertThat(golden.documentNumber()).isEqualTo("TJ4411223");
        assertThat(jdbc.sql("select surname from identity_person where person_number = ?").param(results.get(2).personNumber())
                .query(String.class).single()).as("a new person is stored with its golden record").isEqualTo("QODIROVA");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SOURCE_RECORD_RESOLVED' and subject_id in "
                + "(select cast(id as varchar(20)) from identity_source_record where source_record_id like 'batch-%')")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("police")
    void anOfficerFindsAPersonByAnySpellingOrDocument() {
        PersonResolution p = identity.resolve(record("border", "reg-s1", "TOKTOGULOV", "AIBEK", "1992-01-23", "KGZ", "ID0456789"));
        identity.resolve(record("migration_police", "reg-s2", "Токтогулов", "Айбек", "1992-01-23", "KGZ", "ID0456789"));

        assertThat(directory.search("Токтогулов Айбек")).extracting(h -> h.person().personNumber()).contains(p.personNumber());
        assertThat(directory.search("toktogulov")).extracting(h -> h.person().personNumber()).contains(p.personNumber());
        assertThat(directory.search("ID0456789").getFirst().person().personNumber()).isEqualTo(p.personNumber());
        assertThat(directory.search("Токтогулов 1992-01")).extracting(h -> h.person().personNumber()).contains(p.personNumber());
        assertThat(directory.search("Токтогулов 1975")).extracting(h -> h.person().personNumber()).doesNotContain(p.personNumber());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSONS_SEARCHED' and actor = 'police'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    @WithUserDetails("police")
    void theProfileShowsEverySourceAndItsReadIsAudited() {
        PersonResolution p = identity.resolve(record("border", "reg-pr1", "NAZAROV", "RUSTAM", "1985-09-09", "TJK", "400123456"));
        PersonProfile profile = directory.profile(p.personNumber());
        assertThat(profile.sourceRecords()).hasSize(1);
        assertThat(profile.timeline()).extracting(TimelineEntry::messageKey).contains("identity.timeline.record");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSON_VIEWED' and subject_id = ?")
                .param(p.personNumber()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("career")
    void aCareerCentreOfficerCannotSearchPersons() {
        assertThatThrownBy(() -> directory.search("Nazarov")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("police")
    void aFeedFileIsReportedRowByRow() {
        String csv = """
                record_id,source,surname,given_name,birth_date,citizenship,shoe_size
                f-1,hotel,Rakhimov,Farrukh,1991-13-45,UZB,42
                f-2,hotel,,,1991,UZB,41
                f-3,hotel,Abdullaev,Jasur,1988-03,uz,40
                f-4,hotel,Abdullaev,Jasur,1988-03,UZB,40
                """;
        ImportReport report = feeds.importCsv(stream(csv), null);
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.unknownColumns()).containsExactly("shoe_size");
        assertThat(report.malformedDates()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::recordId).containsExactly("f-2", "f-3");
        assertThat(report.rejected().get(0).fields()).containsExactly("surname");
        assertThat(report.rejected().get(1).fields()).containsExactly("citizenship");
        assertThat(report.stored()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("police")
    void anImportThatBreaksOffLeavesTheRegistryAsItWas() {
        long before = jdbc.sql("select count(*) from identity_source_record").query(Long.class).single();
        String head = "record_id,source,surname,given_name,birth_date\nx-1,hotel,Saidov,Bakhtiyor,1970\nx-2,hotel,Saidova,Malika,1972\n";
        InputStream breaking = new java.io.SequenceInputStream(stream(head), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection lost");
            }
        });
        assertThatThrownBy(() -> feeds.importCsv(breaking, null)).isInstanceOf(UncheckedIOException.class);
        assertThat(jdbc.sql("select count(*) from identity_source_record").query(Long.class).single()).isEqualTo(before);
        // the in-memory index was dropped with the transaction: the same rows resolve as new again
        PersonResolution again = identity.resolve(record("hotel", "x-1", "Saidov", "Bakhtiyor", "1970", null, null));
        assertThat(again.outcome()).isNotEqualTo(ResolutionOutcome.ALREADY_RECEIVED);
    }

    @Test
    void anInvalidRecordIsRefusedWithTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> identity.resolve(record("border", "reg-bad", "ALIEV", "VUGAR", "19-03-1990", "AZE", null)))
                .isInstanceOf(kz.koshi.shared.DomainProblem.class)
                .extracting("field").isEqualTo("birthDate");
        assertThat(jdbc.sql("select count(*) from identity_source_record where source_record_id = 'reg-bad'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("police")
    void aCrisisCentreRecordIsLinkedButNeverShownToOtherAgencies() {
        PersonResolution border = identity.resolve(record("border", "prot-b1", "RASHIDOVA", "MALIKA", "1998-08-08", "UZB", "FA9988776"));
        PersonResolution crisis = identity.resolve(new IncomingRecord("crisis_centre", "cc-opaque-1", "Рашидова", "Малика",
                "Ботировна", "1998-08-08", "F", "UZB", null, null, null, null));
        assertThat(crisis.personNumber()).as("linked, so that protection follows the person").isEqualTo(border.personNumber());

        PersonProfile profile = directory.profile(border.personNumber());
        assertThat(profile.sourceRecords()).extracting(r -> r.record().source()).containsExactly("border");
        assertThat(profile.person().patronymic()).as("a value only the crisis centre gave stays hidden").isNull();
        assertThat(profile.timeline()).extracting(TimelineEntry::arguments)
                .noneMatch(a -> a.stream().anyMatch(argument -> argument.contains("crisis_centre")));
        assertThat(directory.search("Ботировна")).isEmpty();
        assertThat(identity.person(border.personNumber()).orElseThrow().patronymic())
                .as("the platform's own modules still get the whole record").isEqualTo("Ботировна");

        PersonResolution onlyCrisis = identity.resolve(new IncomingRecord("crisis_centre", "cc-opaque-2", "Абдуллаева",
                "Зарина", null, "2001", "F", "TJK", null, null, null, null));
        assertThat(directory.search("Абдуллаева Зарина")).extracting(h -> h.person().personNumber())
                .doesNotContain(onlyCrisis.personNumber());
        assertThatThrownBy(() -> directory.profile(onlyCrisis.personNumber())).isInstanceOf(kz.koshi.shared.DomainProblem.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
