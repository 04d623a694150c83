package kz.koshi.recruitment.signals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import kz.koshi.DatabaseTest;
import kz.koshi.protection.ProtectionFixtures;
import kz.koshi.protection.employers.EmployerCases;
import kz.koshi.hotline.AgencyComplaintReported;
import kz.koshi.recruitment.PlacementRefusal;
import kz.koshi.recruitment.PlacementRefused;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import kz.koshi.shared.translit.Scripts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
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
 * Risk signals end to end (issue 14): the public complaint form, complaints from another module by ids, the placement
 * and application events, protection's employer counts, the register's "not heard from" counts; each fact raised once,
 * read and handled by the labour authority only, never shown to the agency nor the public.
 */
@DatabaseTest
class RiskSignalsTest {

    static final String LABOUR = "Bearer koshi-demo-labour";
    static final String PASSWORD = "Agency-pass-2026";
    static final byte[] PDF = "%PDF-1.4\n% a sample contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AgencyComplaints complaints;
    @Autowired
    RiskSignals signals;
    @Autowired
    EmployerSignals employers;
    @Autowired
    EmployerCases employerCases;

    static String newBin() {
        while (true) {
            Bin bin = Bin.complete("1706500" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)));
            if (bin != null) {
                return bin.value();
            }
        }
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String agency(String address) throws Exception {
        String bin = newBin();
        mvc.perform(post("/public/agencies/account").with(csrf()).with(from(address)).param("bin", bin).param("legalName", "ТОО «Сигнал " + bin + "»")
                .param("password", PASSWORD).param("passwordAgain", PASSWORD)).andExpect(redirectedUrl("/public/agencies/account/requested"));
        return bin;
    }

    private void apply(String bin, String iin) throws Exception {
        mvc.perform(multipart("/recruitment/agency/apply").file(new MockMultipartFile("contract", "contract.pdf", "application/pdf", PDF))
                .param("legalName", "ТОО «Сигнал»").param("legalAddress", "Астана, ул. Кенесары, 1").param("actualAddress", "Астана, ул. Кенесары, 1")
                .param("destinations", "KOR").param("workerFee", "10000").param("feeTerms", "После подписания договора.")
                .param("persons[0].role", "FOUNDER").param("persons[0].iin", iin).param("persons[0].surname", "Жаксылыков")
                .param("persons[0].givenName", "Марат").param("persons[0].birthDate", "03.03.1972").with(as(bin)).with(csrf()))
                .andExpect(redirectedUrl("/recruitment/agency"));
    }

    private void decide(String bin, String outcome) throws Exception {
        long id = jdbc.sql("select max(id) from recruitment_application where bin = ?").param(bin).query(Long.class).single();
        mvc.perform(post("/api/v1/recruitment/applications/{id}/decision", id).header("Authorization", LABOUR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"%s\",\"checklist\":[\"LEGAL_ENTITY\",\"PERSONS\",\"ADDRESSES\",\"FEES\",\"CONTRACT\"],\"reason\":\"Проверено.\"}"
                        .formatted(outcome))).andExpect(status().isOk());
    }

    private ResultActions complain(String bin, String day, String account, String contact, boolean consent, String address) throws Exception {
        var request = post("/public/agencies/complaint").with(csrf()).with(from(address)).param("bin", bin).param("happenedOn", day)
                .param("account", account).param("contact", contact);
        return mvc.perform(consent ? request.param("consent", "true") : request);
    }

    private long signalsOf(String bin, String kind) {
        return jdbc.sql("select count(*) from recruitment_signal where agency_bin = ? and kind = ?").params(bin, kind).query(Long.class).single();
    }

    private long signalId(String bin, String kind) {
        return jdbc.sql("select max(id) from recruitment_signal where agency_bin = ? and kind = ?").params(bin, kind).query(Long.class).single();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(t -> events.publishEvent(event));
    }

    private void awaitSignals(String bin, String kind, long count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(signalsOf(bin, kind)).isEqualTo(count));
    }

    @Test
    void aPublicComplaintRaisesASignalThatOnlyTheLabourAuthorityReadsAndHandles() throws Exception {
        String bin = agency("203.0.113.1");
        apply(bin, newIin(LocalDate.of(1972, 3, 3)));
        decide(bin, "GRANT");
        String day = TYPED.format(LocalDate.now().minusDays(12));
        complain(bin, day, "Забрали паспорт и 300 000 тенге, работы в Корее не было.", "+7 701 555 12 34", true, "203.0.113.2")
                .andExpect(redirectedUrl("/public/agencies/complaint/received"));
        assertThat(jdbc.sql("select contact from recruitment_complaint where agency_bin = ?").param(bin).query(String.class).single())
                .isEqualTo("+7 701 555 12 34");
        assertThat(signalsOf(bin, "COMPLAINTS")).isOne();
        long id = signalId(bin, "COMPLAINTS");

        mvc.perform(get("/api/v1/recruitment/signals").param("agency", bin).header("Authorization", LABOUR).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].kind").value("COMPLAINTS")).andExpect(jsonPath("$[0].firstCount").value(1))
                .andExpect(jsonPath("$[0].reason").value(containsString("Complaints received against the agency in the last 365 days: 1.")));
        mvc.perform(get("/recruitment/signals").param("agency", bin).param("lang", "kk").with(as("labour")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Соңғы 365 күнде агенттікке түскен шағымдар: 1.")))
                .andExpect(content().string(containsString("Агенттікке шағымдар")));
        mvc.perform(get("/recruitment/signals/{id}", id).param("lang", "ru").with(as("labour")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Забрали паспорт")))
                .andExpect(content().string(containsString("открытую форму жалобы")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RECRUITMENT_COMPLAINT_READ'").query(Long.class).single()).isPositive();

        // Nobody else reads signals or complaints: the agency itself, other agencies' roles and tokens.
        mvc.perform(get("/recruitment/signals").with(as(bin))).andExpect(status().isForbidden());
        mvc.perform(get("/recruitment/signals/{id}", id).with(as("police"))).andExpect(status().isForbidden());
        for (String token : new String[] {"Bearer koshi-demo-agency", "Bearer koshi-demo-police", "Bearer koshi-demo-crisis"}) {
            mvc.perform(get("/api/v1/recruitment/signals").header("Authorization", token)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/recruitment/signals/{id}", id).header("Authorization", token)).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/recruitment/signals/{id}/handling", id).header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/recruitment/agency").with(as(bin)).param("lang", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Забрали паспорт"))))
                .andExpect(content().string(not(containsString("Жалобы на агентство"))));
        mvc.perform(get("/api/v1/public/agencies").param("query", bin).with(from("203.0.113.3")))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(content().string(not(containsString("COMPLAINTS"))))
                .andExpect(content().string(not(containsString("паспорт"))));

        mvc.perform(post("/api/v1/recruitment/signals/{id}/handling", id).header("Authorization", LABOUR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"  \"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/recruitment/signals/{id}/handling", id).with(as("labour")).with(csrf()).param("note", "Агентство проверено, лицензия приостановлена."))
                .andExpect(redirectedUrl("/recruitment/signals/" + id));
        mvc.perform(post("/api/v1/recruitment/signals/{id}/handling", id).header("Authorization", LABOUR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Again\"}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/recruitment/signals").param("agency", bin).param("status", "HANDLED").header("Authorization", LABOUR))
                .andExpect(jsonPath("$[0].status").value("HANDLED")).andExpect(jsonPath("$[0].handledBy").value("labour"))
                .andExpect(jsonPath("$[0].handledNote").value("Агентство проверено, лицензия приостановлена."));
        mvc.perform(get("/api/v1/recruitment/signals").param("agency", bin).param("status", "OPEN").header("Authorization", LABOUR))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/recruitment/signals").param("kind", "NOT_A_RULE").header("Authorization", LABOUR)).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RECRUITMENT_SIGNAL_HANDLED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isOne();
    }

    @Test
    void badComplaintsAreRefusedWithFieldErrorsAndNothingStoredWhileAnUnknownBinGetsTheSameAnswer() throws Exception {
        String bin = newBin();
        String wrong = bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10);
        String day = TYPED.format(LocalDate.now().minusDays(3));
        complain(wrong, day, "Обман.", "", false, "203.0.113.10")
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("complaint", "bin", "BinNumber"));
        complain(bin, TYPED.format(LocalDate.now().plusDays(2)), "Обман.", "", false, "203.0.113.10")
                .andExpect(model().attributeHasFieldErrors("complaint", "happenedOn"));
        complain(bin, "31.02.2026", "Обман.", "", false, "203.0.113.10").andExpect(model().attributeHasFieldErrors("complaint", "happenedOn"));
        complain(bin, day, " ", "", false, "203.0.113.10").andExpect(model().attributeHasFieldErrors("complaint", "account"));
        complain(bin, day, "Обман.", "+7 777 000 00 00", false, "203.0.113.10")
                .andExpect(model().attributeHasFieldErrors("complaint", "contactConsented"));
        assertThat(jdbc.sql("select count(*) from recruitment_complaint where agency_bin in (?, ?)").params(bin, wrong).query(Long.class).single()).isZero();

        // A valid BIN nobody registered gets the same answer as a known agency's, and its complaint is kept (unlicensed agencies too).
        complain(bin, LocalDate.now().minusDays(3).toString(), "Обещали работу в Дубае, взяли деньги.", "", false, "203.0.113.11")
                .andExpect(redirectedUrl("/public/agencies/complaint/received"));
        assertThat(signalsOf(bin, "COMPLAINTS")).isOne();
        mvc.perform(get("/api/v1/recruitment/signals").param("agency", bin).header("Authorization", LABOUR))
                .andExpect(jsonPath("$[0].agencyName").doesNotExist()).andExpect(jsonPath("$[0].agencyBin").value(bin));
    }

    @Test
    void thePublicFormIsLimitedPerAddress() throws Exception {
        String bin = newBin();
        String day = TYPED.format(LocalDate.now());
        for (int i = 0; i < 6; i++) {
            complain(bin, day, "", "", false, "203.0.113.20").andExpect(status().isOk()); // mistakes are not counted
        }
        for (int i = 0; i < 5; i++) {
            complain(bin, day, "Жалоба " + i, "", false, "203.0.113.20").andExpect(redirectedUrl("/public/agencies/complaint/received"));
        }
        complain(bin, day, "Ещё одна", "", false, "203.0.113.20").andExpect(status().isTooManyRequests())
                .andExpect(model().attribute("alert", "recruitment.complaint.too-many"));
        complain(bin, day, "С другого адреса", "", false, "203.0.113.21").andExpect(redirectedUrl("/public/agencies/complaint/received"));
        assertThat(jdbc.sql("select count(*) from recruitment_complaint where agency_bin = ?").param(bin).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void anotherModuleComplainsByIdsOnceAndBadIdsAreRefused() {
        String bin = newBin();
        LocalDate day = LocalDate.now().minusDays(1);
        String call = "call-" + UUID.randomUUID();
        long first = complaints.received(bin, ComplaintSource.HOTLINE, call, day);
        assertThat(complaints.received(bin, ComplaintSource.HOTLINE, call, day)).isEqualTo(first);
        assertThat(signalsOf(bin, "COMPLAINTS")).isOne();
        complaints.received(bin, ComplaintSource.HOTLINE, call + "-2", day);
        assertThat(signalsOf(bin, "COMPLAINTS")).isEqualTo(2);
        assertThatThrownBy(() -> complaints.received(bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10), ComplaintSource.HOTLINE, "c", day))
                .isInstanceOf(DomainProblem.class).hasMessage("recruitment.bin.invalid");
        assertThatThrownBy(() -> complaints.received(bin, ComplaintSource.HOTLINE, " ", day)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> complaints.received(bin, ComplaintSource.HOTLINE, "c-future", LocalDate.now().plusDays(1)))
                .isInstanceOf(DomainProblem.class);
        assertThat(jdbc.sql("select count(*) from recruitment_complaint where agency_bin = ?").param(bin).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aComplaintTheHotlineTookBecomesTheAgencysComplaintOnceHoweverOftenItIsDelivered() {
        String bin = newBin();
        long call = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        AgencyComplaintReported reported = new AgencyComplaintReported(call, bin, LocalDate.now().minusDays(1));
        publish(reported);
        publish(reported);
        awaitSignals(bin, "COMPLAINTS", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from recruitment_complaint where agency_bin = ? and source_kind = 'HOTLINE'").param(bin).query(Long.class).single())
                .isOne());
    }

    @Test
    void refusedPlacementsOfAMinorAndWithFeesAboveTheLimitRaiseOnceEach() throws Exception {
        String bin = agency("203.0.113.30");
        PlacementRefused refused = new PlacementRefused("PEA-" + bin, Set.of(PlacementRefusal.WORKER_UNDER_18, PlacementRefusal.FEES_ABOVE_LIMIT),
                "KOR", Instant.now());
        publish(refused);
        publish(refused);
        publish(new PlacementRefused("PEA-" + bin, Set.of(PlacementRefusal.NO_VALID_LICENCE), "RUS", Instant.now()));
        awaitSignals(bin, "MINOR_PLACEMENT_ATTEMPT", 1);
        awaitSignals(bin, "FEES_ABOVE_LIMIT", 1);
        mvc.perform(get("/api/v1/recruitment/signals").param("agency", bin).param("kind", "MINOR_PLACEMENT_ATTEMPT")
                        .header("Authorization", LABOUR).header("Accept-Language", "ru"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reason").value(containsString("трудоустройстве работника моложе 18 лет (Республика Корея")));
        Thread.sleep(500);
        assertThat(jdbc.sql("select count(*) from recruitment_signal where agency_bin = ?").param(bin).query(Long.class).single()).isEqualTo(2);
    }

    private PlacementReported placement(String bin, String country, String wage, String currency, String registration, String nameKey) {
        LocalDate start = LocalDate.now().plusDays(10);
        return new PlacementReported(UUID.randomUUID(), "PEA-" + bin, "P" + (100000000L + (long) (Math.random() * 899999999L)), country, registration, nameKey, new BigDecimal(wage),
                currency, 0, start, start.plusYears(1), Instant.now());
    }

    @Test
    void aWageFarBelowTheDestinationsNormRaisesAndANormalOrUnknownNormDoesNot() throws Exception {
        String bin = agency("203.0.113.40");
        PlacementReported low = placement(bin, "KOR", "900000", "KRW", null, "samsan farm");
        publish(low);
        publish(low);
        publish(placement(bin, "KOR", "2300000", "KRW", null, "samsan farm"));
        publish(placement(bin, "ARE", "100", "AED", null, "desert hotel"));
        awaitSignals(bin, "WAGE_FAR_BELOW_NORM", 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from recruitment_signal_placement where agency_code = ?").param("PEA-" + bin).query(Long.class).single()).isEqualTo(3));
        assertThat(signalsOf(bin, "WAGE_FAR_BELOW_NORM")).isOne();
        mvc.perform(get("/api/v1/recruitment/signals/{id}", signalId(bin, "WAGE_FAR_BELOW_NORM")).header("Authorization", LABOUR)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.amount").value(900000.0)).andExpect(jsonPath("$.norm").value(2156880))
                .andExpect(jsonPath("$.reference").value(low.placementId().toString()))
                .andExpect(jsonPath("$.reason").value(containsString("pays 900,000 KRW a month, far below the norm for that country of 2,156,880 KRW")));
    }

    @Test
    void placementsToAnEmployerThatTraffickingCasesThenNameRaiseWithCountsOnly() throws Exception {
        String bin = agency("203.0.113.50");
        String employer = "Greenhouse " + UUID.randomUUID().toString().substring(0, 8);
        String key = Scripts.matchKey(employer);
        for (int i = 0; i < 3; i++) {
            publish(placement(bin, "KOR", "2200000", "KRW", null, key));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from recruitment_signal_placement where agency_code = ?").param("PEA-" + bin).query(Long.class).single()).isEqualTo(3));
        employers.sweep();
        assertThat(signalsOf(bin, "EMPLOYER_TRAFFICKING_CASES")).isZero();

        long caseId = ProtectionFixtures.screen(mvc, "Bearer koshi-demo-crisis", "UZB", "1994-02-02");
        mvc.perform(post("/api/v1/protection/cases/{id}/parties", caseId).header("Authorization", "Bearer koshi-demo-crisis")
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"EMPLOYER\",\"kind\":\"ORGANISATION\",\"label\":\"%s\"}"
                        .formatted(employer.toUpperCase()))).andExpect(status().isCreated());
        assertThat(employerCases.casesNaming(null, key, LocalDate.now())).isOne();
        assertThat(employerCases.casesNaming(null, key, LocalDate.now().plusDays(1))).isZero();
        assertThat(employerCases.casesNaming(null, null, LocalDate.now())).isZero();

        employers.sweep();
        employers.sweep();
        assertThat(signalsOf(bin, "EMPLOYER_TRAFFICKING_CASES")).isOne();
        String json = mvc.perform(get("/api/v1/recruitment/signals").param("agency", bin).header("Authorization", LABOUR))
                .andExpect(jsonPath("$[0].firstCount").value(3)).andExpect(jsonPath("$[0].secondCount").value(1))
                .andReturn().getResponse().getContentAsString();
        String caseNumber = jdbc.sql("select case_number from protection_case where id = ?").param(caseId).query(String.class).single();
        assertThat(json).doesNotContain(caseNumber).doesNotContain("Testova");

        // A fourth placement to the same employer: looked at again on the event, the same count raises nothing new.
        publish(placement(bin, "KOR", "2200000", "KRW", null, key));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from recruitment_signal_placement where agency_code = ?").param("PEA-" + bin).query(Long.class).single()).isEqualTo(4));
        assertThat(signalsOf(bin, "EMPLOYER_TRAFFICKING_CASES")).isOne();
    }

    @Test
    void aPersonBehindARevokedAgencyNamedInANewApplicationRaisesASignal() throws Exception {
        String iin = newIin(LocalDate.of(1972, 3, 3));
        String revoked = agency("203.0.113.60");
        apply(revoked, iin);
        decide(revoked, "GRANT");
        String number = jdbc.sql("select l.number from recruitment_licence l join recruitment_agency a on a.id = l.agency_id where a.bin = ?")
                .param(revoked).query(String.class).single();
        mvc.perform(post("/api/v1/recruitment/licences/{n}/acts", number).header("Authorization", LABOUR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"act\":\"REVOKED\",\"reason\":\"Обман работников.\"}")).andExpect(status().isOk());
        assertThat(signalsOf(revoked, "REVOKED_PERSON_REAPPEARS")).isZero();

        String again = agency("203.0.113.60");
        apply(again, iin);
        awaitSignals(again, "REVOKED_PERSON_REAPPEARS", 1);
        mvc.perform(get("/api/v1/recruitment/signals").param("agency", again).header("Authorization", LABOUR).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].firstCount").value(1))
                .andExpect(jsonPath("$[0].reason").value(containsString("names persons who stood behind an agency whose licence was revoked: 1")))
                .andExpect(content().string(not(containsString(iin))));
    }

    @Test
    void workersNotHeardFromRaiseOncePerCountAndBadCountsAreRefused() throws Exception {
        String bin = agency("203.0.113.70");
        LocalDate today = LocalDate.now();
        assertThat(signals.workerNotHeardFrom("PEA-" + bin, 4, today)).isTrue();
        assertThat(signals.workerNotHeardFrom("PEA-" + bin, 4, today)).isFalse();
        assertThat(signals.workerNotHeardFrom("PEA-" + bin, 0, today)).isFalse();
        assertThat(signals.workerNotHeardFrom("PEA-" + bin, 5, today)).isTrue();
        assertThatThrownBy(() -> signals.workerNotHeardFrom("PEA-000000000000", 1, today)).isInstanceOf(DomainProblem.class)
                .hasMessage("recruitment.agency.not-found");
        assertThatThrownBy(() -> signals.workerNotHeardFrom("PEA-" + bin, -1, today)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> signals.workerNotHeardFrom("PEA-" + bin, 1, today.plusDays(1))).isInstanceOf(DomainProblem.class);
        assertThat(signalsOf(bin, "WORKER_NOT_HEARD_FROM")).isEqualTo(2);
    }

    static String newIin(LocalDate born) {
        while (true) {
            var iin = Iin.issue(born, Sex.MALE, ThreadLocalRandom.current().nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get().value();
            }
        }
    }
}
