package kz.koshi.recruitment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.shared.Bin;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Licensing end to end over HTTP (issue 14): the public account, the application, the labour authority's review,
 * the licence's acts, the public check, the flag on a person behind a revoked agency, and bad input refused with
 * nothing stored.
 */
@DatabaseTest
class LicensingTest {

    static final String LABOUR = "Bearer koshi-demo-labour";
    static final byte[] PDF = "%PDF-1.4\n% a sample contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String PASSWORD = "Agency-pass-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Licences licences;

    static String newBin() {
        while (true) {
            Bin bin = Bin.complete("1503400" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)));
            if (bin != null) {
                return bin.value();
            }
        }
    }

    static String newIin(LocalDate born) {
        while (true) {
            var iin = Iin.issue(born, Sex.MALE, ThreadLocalRandom.current().nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get().value();
            }
        }
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private ResultActions open(String bin, String name, String password, String address) throws Exception {
        return mvc.perform(post("/public/agencies/account").with(csrf()).with(from(address)).param("bin", bin).param("legalName", name)
                .param("password", password).param("passwordAgain", password));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private MockMultipartHttpServletRequestBuilder application(String path, byte[] contract, String country, String iin, String surname,
                                                               String given, String born) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        if (contract != null) {
            request.file(new MockMultipartFile("contract", "contract.pdf", "application/pdf", contract));
        }
        request.param("legalName", "ТОО «Заявитель»").param("legalAddress", "Астана, пр. Мангилик Ел, 8")
                .param("actualAddress", "Астана, пр. Мангилик Ел, 8, офис 12").param("destinations", country)
                .param("workerFee", "15000").param("feeTerms", "После подписания трудового договора.")
                .param("persons[0].role", "FOUNDER").param("persons[0].iin", iin).param("persons[0].surname", surname)
                .param("persons[0].givenName", given).param("persons[0].birthDate", born);
        return request;
    }

    private long applicationsOf(String bin) {
        return jdbc.sql("select count(*) from recruitment_application where bin = ?").param(bin).query(Long.class).single();
    }

    private long latestApplication(String bin) {
        return jdbc.sql("select max(id) from recruitment_application where bin = ?").param(bin).query(Long.class).single();
    }

    private ResultActions decide(long id, String outcome, String checklist) throws Exception {
        return mvc.perform(post("/api/v1/recruitment/applications/{id}/decision", id).header("Authorization", LABOUR)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"%s\",\"checklist\":[%s],\"reason\":\"Проверено по реестрам.\"}".formatted(outcome, checklist)));
    }

    private ResultActions act(String number, String act) throws Exception {
        return mvc.perform(post("/api/v1/recruitment/licences/{n}/acts", number).header("Authorization", LABOUR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"act\":\"%s\",\"reason\":\"Жалобы работников.\"}".formatted(act)));
    }

    static final String ALL = "\"LEGAL_ENTITY\",\"PERSONS\",\"ADDRESSES\",\"FEES\",\"CONTRACT\"";

    @Test
    void anAgencyAppliesIsAskedForCorrectionsIsLicensedAndAnyoneChecksIt() throws Exception {
        String bin = newBin();
        open(bin, "ТОО «Сеул Жұмыс»", PASSWORD, "198.51.100.1").andExpect(redirectedUrl("/public/agencies/account/requested"));
        String iin = newIin(LocalDate.of(1980, 4, 2));
        mvc.perform(application("/recruitment/agency/apply", PDF, "KOR", iin, "Нурланов", "Ерлан", "02.04.1980").with(as(bin)).with(csrf()))
                .andExpect(redirectedUrl("/recruitment/agency"));
        long id = latestApplication(bin);

        mvc.perform(get("/api/v1/recruitment/applications").header("Authorization", LABOUR))
                .andExpect(status().isOk()).andExpect(content().string(containsString(bin)));
        mvc.perform(get("/api/v1/recruitment/applications/{id}", id).header("Authorization", LABOUR))
                .andExpect(jsonPath("$.persons[0].name").value("Нурланов Ерлан")).andExpect(jsonPath("$.persons[0].behindRevokedAgency").value(false));
        decide(id, "CORRECTIONS", "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTIONS_REQUESTED"));
        decide(id, "GRANT", ALL).andExpect(status().isConflict());

        mvc.perform(application("/recruitment/agency/applications/" + id + "/correction", null, "GBR", iin, "Нурланов", "Ерлан", "1980-04-02")
                .with(as(bin)).with(csrf())).andExpect(redirectedUrl("/recruitment/agency"));
        decide(id, "GRANT", "\"LEGAL_ENTITY\"").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:rule-violation"));
        decide(id, "GRANT", ALL).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GRANTED"));

        LicenceStanding licence = licences.standing("PEA-" + bin).orElseThrow();
        assertThat(licence.destinations()).containsExactly("GBR");
        assertThat(licence.validTo()).isEqualTo(licence.validFrom().plusYears(3).minusDays(1));
        act(licence.number(), "SUSPENDED").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        act(licence.number(), "SUSPENDED").andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/v1/public/agencies").param("query", bin).with(from("198.51.100.2")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("SUSPENDED"))
                .andExpect(jsonPath("$[0].destinations[0]").value("GBR"))
                .andExpect(jsonPath("$[0].acts[1].act").value("SUSPENDED"))
                .andExpect(content().string(not(containsString("Нурланов")))).andExpect(content().string(not(containsString(iin))))
                .andExpect(content().string(not(containsString("Жалобы"))));
        mvc.perform(get("/public/agencies").param("query", bin).param("lang", "ru").with(from("198.51.100.2")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("приостановлена")));
        mvc.perform(get("/recruitment/agency").with(as(bin)).param("lang", "en"))
                .andExpect(content().string(containsString("licence suspended"))).andExpect(content().string(containsString("Жалобы работников.")));
    }

    @Test
    void aBinWithAWrongCheckDigitOrAWeakPasswordOpensNothingAndAKnownBinGetsTheSameAnswer() throws Exception {
        String bin = newBin();
        String wrong = bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10);
        open(wrong, "ТОО «Ошибка»", PASSWORD, "198.51.100.3").andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "bin", "recruitment.bin.invalid"));
        open(bin, "ТОО «Слабый»", "password", "198.51.100.3")
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "recruitment.password.weak"));
        assertThat(jdbc.sql("select count(*) from officer where username in (?, ?)").params(bin, wrong).query(Long.class).single()).isZero();

        open(bin, "ТОО «Первый»", PASSWORD, "198.51.100.3").andExpect(redirectedUrl("/public/agencies/account/requested"));
        String hash = jdbc.sql("select password_hash from officer where username = ?").param(bin).query(String.class).single();
        open(bin, "ТОО «Захватчик»", "Other-pass-2026!", "198.51.100.3").andExpect(redirectedUrl("/public/agencies/account/requested"));
        assertThat(jdbc.sql("select password_hash from officer where username = ?").param(bin).query(String.class).single()).isEqualTo(hash);
        assertThat(jdbc.sql("select legal_name from recruitment_agency where bin = ?").param(bin).query(String.class).single()).isEqualTo("ТОО «Первый»");
    }

    @Test
    void badApplicationsAreRefusedWithFieldErrorsAndNothingStored() throws Exception {
        String bin = newBin();
        open(bin, "ТОО «Плохие данные»", PASSWORD, "198.51.100.4");
        String iin = newIin(LocalDate.of(1975, 1, 20));
        byte[] huge = new byte[SampleContract_MAX + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        String[][] cases = {
                {"XXX", "destinations", "recruitment.destinations.unknown"},
                {"KAZ", "destinations", "recruitment.destinations.unknown"}};
        for (String[] c : cases) {
            mvc.perform(application("/recruitment/agency/apply", PDF, c[0], iin, "Сапаров", "Алмас", "20.01.1975").with(as(bin)).with(csrf()))
                    .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("applicationForm", c[1], c[2]));
        }
        mvc.perform(application("/recruitment/agency/apply", "PK\u0003\u0004 a word file".getBytes(StandardCharsets.ISO_8859_1), "KOR", iin,
                "Сапаров", "Алмас", "20.01.1975").with(as(bin)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("applicationForm", "contract", "recruitment.contract.not-pdf"));
        mvc.perform(application("/recruitment/agency/apply", huge, "KOR", iin, "Сапаров", "Алмас", "20.01.1975").with(as(bin)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("applicationForm", "contract", "recruitment.contract.too-large"));
        mvc.perform(application("/recruitment/agency/apply", PDF, "KOR", iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10),
                "Сапаров", "Алмас", "20.01.1975").with(as(bin)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("applicationForm", "persons[0].iin", "recruitment.person.iin-invalid"));
        mvc.perform(application("/recruitment/agency/apply", PDF, "KOR", iin, "Сапаров", "Алмас", "21.01.1975").with(as(bin)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("applicationForm", "persons[0].birthDate", "recruitment.person.birth-date-mismatch"));
        assertThat(applicationsOf(bin)).isZero();
        assertThat(jdbc.sql("select count(*) from identity_source_record where payload like ?").param("%" + iin + "%").query(Long.class).single()).isZero();
    }

    static final int SampleContract_MAX = kz.koshi.recruitment.rules.SampleContract.MAX_BYTES;

    @Test
    void aPersonBehindARevokedAgencyIsFlaggedWhenTheyAppearBehindANewApplication() throws Exception {
        String revokedBin = newBin();
        open(revokedBin, "ТОО «Старое»", PASSWORD, "198.51.100.5");
        String iin = newIin(LocalDate.of(1970, 6, 15));
        mvc.perform(application("/recruitment/agency/apply", PDF, "RUS", iin, "Жумабеков", "Болат", "15.06.1970").with(as(revokedBin)).with(csrf()));
        decide(latestApplication(revokedBin), "GRANT", ALL).andExpect(status().isOk());
        act(licences.standing("PEA-" + revokedBin).orElseThrow().number(), "REVOKED").andExpect(jsonPath("$.status").value("REVOKED"));

        String newBin = newBin();
        open(newBin, "ТОО «Новое»", PASSWORD, "198.51.100.5");
        mvc.perform(application("/recruitment/agency/apply", PDF, "RUS", iin, "Жумабеков", "Болат", "15.06.1970").with(as(newBin)).with(csrf()));
        long id = latestApplication(newBin);
        mvc.perform(get("/api/v1/recruitment/applications/{id}", id).header("Authorization", LABOUR))
                .andExpect(jsonPath("$.persons[0].behindRevokedAgency").value(true));
        mvc.perform(get("/recruitment/applications/{id}", id).with(as("labour")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("лицензиясы кері қайтарылған агенттіктің артында тұрған")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RECRUITMENT_APPLICATION_VIEWED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAgencySeesOnlyItsOwnApplicationsAndOthersAreRefused() throws Exception {
        String bin = newBin();
        open(bin, "ТОО «Своё»", PASSWORD, "198.51.100.6");
        mvc.perform(application("/recruitment/agency/apply", PDF, "TUR", newIin(LocalDate.of(1982, 2, 2)), "Омаров", "Ринат", "02.02.1982")
                .with(as(bin)).with(csrf()));
        long id = latestApplication(bin);
        mvc.perform(get("/recruitment/agency/applications/{id}/contract", id).with(as(bin)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/recruitment/agency/applications/{id}/contract", id).with(as("agency"))).andExpect(status().isNotFound());
        mvc.perform(get("/recruitment/applications/{id}", id).with(as(bin))).andExpect(status().isForbidden());
        mvc.perform(get("/recruitment/applications/{id}", id).with(as("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/recruitment/applications").header("Authorization", "Bearer koshi-demo-agency")).andExpect(status().isForbidden());
        decide(id, "REFUSE", "").andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/agencies").param("query", bin).with(from("198.51.100.6"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aLicencePastItsValidityIsExpiredOnReadAndTheSweepWritesItDown() throws Exception {
        String bin = newBin();
        open(bin, "ТОО «Истекает»", PASSWORD, "198.51.100.7");
        mvc.perform(application("/recruitment/agency/apply", PDF, "ARE", newIin(LocalDate.of(1990, 9, 9)), "Ахметова", "Дана", "09.09.1990")
                .with(as(bin)).with(csrf()));
        decide(latestApplication(bin), "GRANT", ALL).andExpect(status().isOk());
        String number = licences.standing("PEA-" + bin).orElseThrow().number();
        jdbc.sql("update recruitment_licence set valid_to = ? where number = ?").params(LocalDate.now().minusDays(2), number).update();

        assertThat(licences.standing("PEA-" + bin).orElseThrow().status().name()).isEqualTo("EXPIRED");
        assertThat(licences.expire()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from recruitment_licence where number = ?").param(number).query(String.class).single()).isEqualTo("EXPIRED");
        act(number, "SUSPENDED").andExpect(status().isUnprocessableContent());
        act(number, "RENEWED").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/recruitment/agencies/{id}", jdbc.sql("select id from recruitment_agency where bin = ?").param(bin).query(Long.class).single())
                .with(as("labour")).param("lang", "ru"))
                .andExpect(content().string(containsString("срок лицензии истёк"))).andExpect(content().string(containsString("лицензия продлена")));
    }

    /** The demo agencies' files read as a real history: applied, then decided, then licensed, never the other way. */
    @Test
    void theDemoAgenciesAppliedBeforeTheirLicencesWereGranted() {
        var files = jdbc.sql("""
                        select a.submitted_at, a.decided_at, l.valid_from from recruitment_application a
                        join recruitment_licence l on l.application_id = a.id join recruitment_agency g on g.id = a.agency_id
                        where g.bin in (?, ?)""").params(DemoLicensing.DEMO_BIN, DemoLicensing.REVOKED_BIN)
                .query((rs, n) -> new java.time.Instant[] {rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.LocalDate.class).atStartOfDay(java.time.ZoneId.of("Asia/Almaty")).plusDays(1).toInstant()})
                .list();
        assertThat(files).hasSize(2).allSatisfy(f -> {
            assertThat(f[0]).as("submitted before decided").isBefore(f[1]);
            assertThat(f[1]).as("decided by the licence's first day").isBefore(f[2]);
        });
    }

    @Test
    void thePublicCheckNeedsNoTokenRefusesAShortQueryAndLimitsAnAddress() throws Exception {
        mvc.perform(get("/api/v1/public/agencies").param("query", DemoLicensing.DEMO_BIN).with(from("198.51.100.8")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("ACTIVE"));
        mvc.perform(get("/api/v1/public/agencies").param("query", "быстрая").with(from("198.51.100.8")))
                .andExpect(jsonPath("$[0].status").value("REVOKED")).andExpect(jsonPath("$[0].acts[1].act").value("REVOKED"));
        mvc.perform(get("/api/v1/public/agencies").param("query", "ab").with(from("198.51.100.8")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"));
        MockHttpServletRequestBuilder check = get("/api/v1/public/agencies").param("query", "агентство").with(from("198.51.100.9"));
        for (int i = 0; i < 30; i++) {
            mvc.perform(check).andExpect(status().isOk());
        }
        mvc.perform(check).andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.type").value("urn:koshi:problem:too-many-requests"));
        mvc.perform(get("/public/agencies").param("query", "агентство").with(from("198.51.100.9"))).andExpect(status().isTooManyRequests());
        mvc.perform(get("/public/agencies").param("query", "агентство").with(from("198.51.100.10")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("қолданыста")));
    }
}
