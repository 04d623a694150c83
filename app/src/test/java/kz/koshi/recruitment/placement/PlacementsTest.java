package kz.koshi.recruitment.placement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.access.ApiTokens;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.recruitment.PlacementRefusal;
import kz.koshi.recruitment.PlacementRefused;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.shared.Bin;
import kz.koshi.shared.Iin;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Placements end to end over HTTP (issue 14, part 2): the demo licensed agency reports in its account and with a token
 * it issued itself; refusals carry every reason and store nothing; one agency's token never reaches another's
 * placements; other agencies' tokens and an unlicensed applicant are refused; the labour authority sees and filters all,
 * keeps the register of agreements; orientation is recorded; every read is audited.
 */
@DatabaseTest
@RecordApplicationEvents
class PlacementsTest {

    static final String PASSWORD = "Agency-pass-2026";
    static final byte[] PDF = "%PDF-1.4\n% a sample contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    KazakhstanCalendar calendar;
    @Autowired
    IdentityResolution identity;

    static String iinBornOn(LocalDate born) {
        while (true) {
            var iin = Iin.issue(born, Sex.FEMALE, ThreadLocalRandom.current().nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get().value();
            }
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String body(String iin, String country, long fees, String start, String end) {
        return """
                {"workerIin":"%s","workerSurname":"Нурланова","workerGivenName":"Айжан","country":"%s",
                 "employerName":"Hanil Foods Co., Ltd.","employerCountry":"KOR","employerRegistration":"110111-0099999",
                 "job":"Оператор","contractStart":"%s","contractEnd":"%s","monthlyWage":2300000,"wageCurrency":"krw","feesKzt":%d}"""
                .formatted(iin, country, start, end, fees);
    }

    private ResultActions report(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/recruitment/placements").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long placements() {
        return jdbc.sql("select count(*) from recruitment_placement").query(Long.class).single();
    }

    private long audited(String action, Object subject) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?").params(action, subject.toString())
                .query(Long.class).single();
    }

    /** The operator issues its agency's own token in its account: shown once, bound to the agency. */
    private String ownToken(String username) throws Exception {
        var result = mvc.perform(post("/recruitment/agency/tokens").with(as(username)).with(csrf()).param("name", "Система агентства"))
                .andExpect(status().isOk()).andExpect(model().attributeExists("issued")).andReturn();
        return ((ApiTokens.Issued) result.getModelAndView().getModel().get("issued")).secret();
    }

    /** A second agency, licensed for Korea by the labour authority after applying. */
    private String licensedAgency() throws Exception {
        String bin = null;
        while (bin == null) {
            Bin b = Bin.complete("1707700" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)));
            bin = b == null ? null : b.value();
        }
        openAccount(bin);
        mvc.perform(multipart("/recruitment/agency/apply").file(new MockMultipartFile("contract", "c.pdf", "application/pdf", PDF))
                .param("legalName", "ТОО «Второе агентство»").param("legalAddress", "Астана, ул. Кенесары, 1")
                .param("actualAddress", "Астана, ул. Кенесары, 1").param("destinations", "KOR").param("workerFee", "0")
                .param("feeTerms", "Не взимается.").param("persons[0].role", "FOUNDER")
                .param("persons[0].iin", iinBornOn(LocalDate.of(1980, 1, 1))).param("persons[0].surname", "Сапарова")
                .param("persons[0].givenName", "Гульнара").param("persons[0].birthDate", "01.01.1980").with(as(bin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long application = jdbc.sql("select max(id) from recruitment_application where bin = ?").param(bin).query(Long.class).single();
        mvc.perform(post("/api/v1/recruitment/applications/{id}/decision", application).header("Authorization", "Bearer koshi-demo-labour")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"outcome":"GRANT","checklist":["LEGAL_ENTITY","PERSONS","ADDRESSES","FEES","CONTRACT"],"reason":"Проверено."}"""))
                .andExpect(status().isOk());
        return bin;
    }

    private void openAccount(String bin) throws Exception {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        mvc.perform(post("/public/agencies/account").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("bin", bin).param("legalName", "ТОО «Агентство " + bin + "»").param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aLicensedAgencyReportsInItsAccountAndWithItsOwnTokenAndTheLabourAuthoritySeesAll() throws Exception {
        String today = calendar.today().toString();
        String inAYear = calendar.today().plusYears(1).toString();
        String adult = iinBornOn(LocalDate.of(1995, 6, 1));
        mvc.perform(post("/recruitment/agency/placements/new").with(as("agency")).with(csrf()).param("workerIin", adult)
                        .param("workerSurname", "Нурланова").param("workerGivenName", "Айжан").param("country", "KOR")
                        .param("employerName", "Hanil Foods Co., Ltd.").param("employerCountry", "KOR").param("employerRegistration", "110111-0012345")
                        .param("job", "Оператор").param("contractStart", "05.05.2026").param("contractEnd", "2027-05-04")
                        .param("monthlyWage", "2300000").param("wageCurrency", "KRW").param("feesKzt", "50000"))
                .andExpect(status().is3xxRedirection());
        UUID korea = jdbc.sql("select id from recruitment_placement where employer_registration = '110111-0012345' order by reported_at desc limit 1")
                .query(UUID.class).single();
        assertThat(jdbc.sql("select agreement_in_force from recruitment_placement where id = ?").param(korea).query(Boolean.class).single())
                .as("Korea: agreement under negotiation, flagged").isFalse();
        PlacementReported reported = events.stream(PlacementReported.class).filter(e -> e.placementId().equals(korea)).findFirst().orElseThrow();
        assertThat(reported.agencyCode()).isEqualTo("DEMO-PEA");
        assertThat(reported.personNumber()).startsWith("KP");
        assertThat(reported.employerNameKey()).isNotBlank();
        mvc.perform(get("/recruitment/agency/placements/{id}", korea).with(as("agency")))
                .andExpect(content().string(containsString("нет действующего соглашения"))).andExpect(content().string(containsString("Hanil Foods")));

        String token = ownToken("agency");
        String created = report(token, body(adult, "RUS", 30_000, today, inAYear)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.agreementInForce").value(true)).andExpect(jsonPath("$.wageCurrency").value("KRW"))
                .andReturn().getResponse().getContentAsString();
        String russia = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/recruitment/placements").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(russia)));
        mvc.perform(get("/api/v1/recruitment/placements/{id}", russia).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.country").value("RUS"));
        assertThat(audited("PLACEMENT_READ", russia)).isEqualTo(1);
        assertThat(audited("PLACEMENT_REPORTED", russia)).isEqualTo(1);

        mvc.perform(get("/recruitment/placements").param("country", "KOR").param("from", "01.05.2026").with(as("labour")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(korea.toString())))
                .andExpect(content().string(not(containsString(russia))));
        mvc.perform(get("/recruitment/placements").param("agency", "DEMO-PEA").param("from", "not a day").with(as("labour")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(russia)));
        mvc.perform(get("/recruitment/placements/{id}", korea).with(as("labour")))
                .andExpect(content().string(containsString("Нурланова Айжан"))).andExpect(content().string(containsString("нет действующего соглашения")));
        assertThat(audited("PLACEMENT_READ", korea)).isEqualTo(2);
        mvc.perform(get("/recruitment/placements").with(as("agency"))).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedPlacementNamesEveryReasonStoresNothingAndIsPublished() throws Exception {
        String token = ownToken("agency");
        long before = placements();
        LocalDate sixteen = calendar.today().minusYears(16);
        report(token, body(iinBornOn(sixteen), "TUR", 900_000, "2026-09-01", "2026-08-01"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("urn:koshi:problem:rule-violation"))
                .andExpect(jsonPath("$.reasons", hasItem("WORKER_UNDER_18"))).andExpect(jsonPath("$.reasons", hasItem("DESTINATION_NOT_LICENSED")))
                .andExpect(jsonPath("$.reasons", hasItem("FEES_ABOVE_LIMIT"))).andExpect(jsonPath("$.reasons", hasItem("CONTRACT_DATES")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("workerIin")));
        report(token, body(iinBornOn(LocalDate.of(1990, 1, 1)), "XXX", 0, "2026-09-01", "2027-08-01"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reasons", hasItem("UNKNOWN_COUNTRY")));
        report(token, body(iinBornOn(LocalDate.of(1990, 1, 1)), "KAZ", 0, "2026-09-01", "2027-08-01"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reasons", hasItem("UNKNOWN_COUNTRY")));
        report(token, body("123456789012", "KOR", 0, "2026-09-01", "2027-08-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerIin"));
        report(token, body(iinBornOn(LocalDate.of(1990, 1, 1)), "KOR", 0, "2026-09-01", "2027-08-01").replace("krw", "XQZ"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("wageCurrency"));
        for (String notAWage : new String[] {"XXX", "XAU", "XTS"}) {
            report(token, body(iinBornOn(LocalDate.of(1990, 1, 1)), "KOR", 0, "2026-09-01", "2027-08-01").replace("krw", notAWage))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("wageCurrency"));
        }
        report(token, "{\"workerIin\":\"\"}").andExpect(status().isBadRequest());
        assertThat(placements()).isEqualTo(before);
        PlacementRefused refused = events.stream(PlacementRefused.class).filter(e -> e.reasons().contains(PlacementRefusal.WORKER_UNDER_18))
                .findFirst().orElseThrow();
        assertThat(refused.agencyCode()).isEqualTo("DEMO-PEA");
        assertThat(refused.reasons()).contains(PlacementRefusal.FEES_ABOVE_LIMIT, PlacementRefusal.CONTRACT_DATES);

        mvc.perform(post("/recruitment/agency/placements/new").with(as("agency")).with(csrf()).param("workerIin", iinBornOn(sixteen))
                        .param("workerSurname", "Нурланова").param("workerGivenName", "Айжан").param("country", "KOR")
                        .param("employerName", "Hanil").param("employerCountry", "KOR").param("employerRegistration", "1")
                        .param("job", "Оператор").param("contractStart", "01.09.2026").param("contractEnd", "01.09.2027")
                        .param("monthlyWage", "2300000").param("wageCurrency", "KRW").param("feesKzt", "0"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("placementForm", "workerIin",
                        "recruitment.placement.refused.WORKER_UNDER_18"));
        assertThat(placements()).isEqualTo(before);
    }

    @Test
    void oneAgencysTokenNeverReachesAnothersPlacementsAndOtherAgenciesAndApplicantsAreRefused() throws Exception {
        String demoToken = ownToken("agency");
        String created = report(demoToken, body(iinBornOn(LocalDate.of(1991, 2, 2)), "ARE", 0, "2026-10-01", "2027-09-30"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.agreementInForce").value(false)).andReturn().getResponse().getContentAsString();
        String demoPlacement = JsonPath.read(created, "$.id");

        String other = licensedAgency();
        String otherToken = ownToken(other);
        mvc.perform(get("/api/v1/recruitment/placements/{id}", demoPlacement).header("Authorization", "Bearer " + otherToken))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/recruitment/placements/{id}/orientation", demoPlacement).header("Authorization", "Bearer " + otherToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"topics\":[\"LEGAL_STATUS\"],\"receivedOn\":\"2026-01-10\",\"givenBy\":\"X\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recruitment/placements").header("Authorization", "Bearer " + otherToken))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(demoPlacement))));
        mvc.perform(get("/recruitment/agency/placements/{id}", demoPlacement).with(as(other))).andExpect(status().isNotFound());
        report(otherToken, body(iinBornOn(LocalDate.of(1991, 2, 2)), "ARE", 0, "2026-10-01", "2027-09-30"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reasons[0]").value("DESTINATION_NOT_LICENSED"));

        for (String foreign : new String[] {"koshi-demo-labour", "koshi-demo-police", "koshi-demo-border"}) {
            mvc.perform(get("/api/v1/recruitment/placements/{id}", demoPlacement).header("Authorization", "Bearer " + foreign))
                    .andExpect(status().isForbidden());
            report(foreign, body(iinBornOn(LocalDate.of(1991, 2, 2)), "ARE", 0, "2026-10-01", "2027-09-30")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/recruitment/placements")).andExpect(status().isUnauthorized());
        for (String officer : new String[] {"labour", "admin", "border"}) {
            mvc.perform(get("/recruitment/agency/placements/new").with(as(officer))).andExpect(status().isForbidden());
        }

        // The labour authority's system reads every agency's placements and keeps the agreements; an agency's token may not.
        mvc.perform(get("/api/v1/recruitment/labour/placements").param("country", "ARE").header("Authorization", "Bearer koshi-demo-labour"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(demoPlacement)));
        mvc.perform(get("/api/v1/recruitment/labour/placements/{id}", demoPlacement).header("Authorization", "Bearer koshi-demo-labour"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(demoPlacement));
        mvc.perform(post("/api/v1/recruitment/labour/agreements").header("Authorization", "Bearer koshi-demo-labour")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"country\":\"XXX\",\"status\":\"IN_FORCE\",\"sourceNote\":\"Тест\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/recruitment/labour/agreements").header("Authorization", "Bearer koshi-demo-labour"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("XXX"))));
        for (String foreign : new String[] {demoToken, "koshi-demo-police", "koshi-demo-border"}) {
            mvc.perform(get("/api/v1/recruitment/labour/placements/{id}", demoPlacement).header("Authorization", "Bearer " + foreign))
                    .andExpect(status().isForbidden());
        }

        String applicant = null;
        while (applicant == null) {
            Bin b = Bin.complete("1808800" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)));
            applicant = b == null ? null : b.value();
        }
        openAccount(applicant);
        mvc.perform(post("/recruitment/agency/tokens").with(as(applicant)).with(csrf()).param("name", "Система"))
                .andExpect(model().attribute("problem", "recruitment.token.not-licensed")).andExpect(model().attributeDoesNotExist("issued"));
        long before = placements();
        mvc.perform(post("/recruitment/agency/placements/new").with(as(applicant)).with(csrf()).param("workerIin", iinBornOn(LocalDate.of(1990, 1, 1)))
                        .param("workerSurname", "Нурланова").param("workerGivenName", "Айжан").param("country", "KOR")
                        .param("employerName", "Hanil").param("employerCountry", "KOR").param("employerRegistration", "1")
                        .param("job", "Оператор").param("contractStart", "01.09.2026").param("contractEnd", "01.09.2027")
                        .param("monthlyWage", "2300000").param("wageCurrency", "KRW").param("feesKzt", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("нет действующей лицензии")));
        assertThat(placements()).isEqualTo(before);
    }

    @Test
    void aWorkerTheRegistryKnowsAsAForeignCitizenIsRefused() throws Exception {
        String iin = iinBornOn(LocalDate.of(1987, 7, 7));
        for (int i = 0; i < 3; i++) {
            identity.resolve(new IncomingRecord("border", "foreign-" + UUID.randomUUID(), "Петрова", "Ирина", null, "1987-07-07", "F",
                    "RUS", null, iin, null, null));
        }
        String token = ownToken("agency");
        long before = placements();
        report(token, body(iin, "KOR", 0, "2026-09-01", "2027-08-31").replace("Нурланова", "Петрова").replace("Айжан", "Ирина"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reasons[0]").value("WORKER_NOT_A_CITIZEN"));
        assertThat(placements()).isEqualTo(before);
    }

    @Test
    void orientationIsRecordedByTheAgencyAndSeenByTheLabourAuthority() throws Exception {
        String token = ownToken("agency");
        String created = report(token, body(iinBornOn(LocalDate.of(1993, 3, 3)), "KOR", 0, "2026-11-01", "2027-10-31"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/recruitment/placements/{id}/orientation", id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"topics\":[null],\"receivedOn\":\"2026-01-10\",\"givenBy\":\"X\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("topics[0]"));
        mvc.perform(post("/recruitment/agency/placements/{id}/orientation", id).with(as("agency")).with(csrf())
                        .param("receivedOn", calendar.today().plusDays(3).toString()).param("givenBy", "Ахметов С."))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("orientationForm", "topics", "receivedOn"));
        String day = calendar.today().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        mvc.perform(post("/recruitment/agency/placements/{id}/orientation", id).with(as("agency")).with(csrf())
                        .param("topics", "RIGHTS_AT_WORK", "SENDING_MONEY_HOME").param("receivedOn", day).param("givenBy", "Ахметов С."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recruitment/placements/{id}", id).with(as("labour")))
                .andExpect(content().string(containsString("права на работе"))).andExpect(content().string(containsString("перевод денег домой")))
                .andExpect(content().string(containsString(day)));
        assertThat(audited("PLACEMENT_ORIENTATION_RECORDED", id)).isEqualTo(1);
    }

    @Test
    void theLabourAuthorityKeepsTheRegisterOfAgreements() throws Exception {
        mvc.perform(post("/recruitment/agreements").with(as("labour")).with(csrf()).param("country", "UZB").param("status", "UNDER_NEGOTIATION")
                        .param("since", "01.03.2025").param("sourceNote", "Проверочная запись.").param("forConfirmation", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from recruitment_labour_agreement where country = 'UZB'").query(String.class).single())
                .isEqualTo("UNDER_NEGOTIATION");
        mvc.perform(post("/recruitment/agreements").with(as("labour")).with(csrf()).param("country", "KAZ").param("status", "IN_FORCE")
                .param("sourceNote", "x")).andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("agreementForm", "country"));
        for (String since : new String[] {"01.01.0001", "01.01.2099"}) {
            mvc.perform(post("/recruitment/agreements").with(as("labour")).with(csrf()).param("country", "UZB").param("status", "IN_FORCE")
                            .param("since", since).param("sourceNote", "x"))
                    .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("agreementForm", "since",
                            "recruitment.agreement.since-out-of-range"));
        }
        assertThat(jdbc.sql("select status from recruitment_labour_agreement where country = 'UZB'").query(String.class).single())
                .isEqualTo("UNDER_NEGOTIATION");
        mvc.perform(get("/recruitment/agreements").with(as("labour")).param("lang", "kk"))
                .andExpect(content().string(containsString("келіссөздер жүріп жатыр"))).andExpect(content().string(containsString("Lada.kz")));
        mvc.perform(post("/recruitment/agreements").with(as("agency")).with(csrf()).param("country", "UZB").param("status", "IN_FORCE")
                .param("sourceNote", "x")).andExpect(status().isForbidden());
    }
}
