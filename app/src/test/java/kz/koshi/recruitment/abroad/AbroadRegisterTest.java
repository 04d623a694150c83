package kz.koshi.recruitment.abroad;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.recruitment.signals.NotHeardFromSweep;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register of citizens abroad end to end (issue 14, part 4): placements, border crossings and the consular feed
 * feed it, returns end a stay, counts by country, status and year go to the labour authority (and the foreign
 * ministry for its own feed), persons only to the labour authority, who refers a returned worker with consent.
 * The test data lie in past years (2011-2014), so that the demo's "abroad today" keeps seed 004's proportions.
 */
@DatabaseTest
class AbroadRegisterTest {

    static final String LABOUR = "Bearer koshi-demo-labour";
    static final String MFA = "Bearer koshi-demo-mfa";
    static final String BORDER = "Bearer koshi-demo-border";
    static final String HEADER = ConsularLine.HEADER + "\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IdentityResolution identity;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AbroadRegister register;
    @Autowired
    WorkersNotHeardFrom notHeardFrom;
    @Autowired
    NotHeardFromSweep sweep;
    @Autowired
    AbroadListener listener;
    @Autowired
    java.time.Clock clock;

    static Iin newIin(LocalDate born, Sex sex) {
        while (true) {
            var iin = Iin.issue(born, sex, ThreadLocalRandom.current().nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get();
            }
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String person(String surname) {
        Iin iin = newIin(LocalDate.of(1988, 4, 12), Sex.MALE);
        return identity.resolve(new IncomingRecord("labour", "test-" + UUID.randomUUID(), surname, "Тест", null, "1988-04-12", "M",
                "KAZ", null, iin.value(), null, null)).personNumber();
    }

    private void placed(String person, String country, LocalDate start, LocalDate end) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new PlacementReported(UUID.randomUUID(),
                "DEMO-PEA", person, country, "REG-1", "EMPLOYER", new BigDecimal("1000"), "USD", 0, start, end, Instant.now())));
    }

    private Map<String, Object> stayOf(String person) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from recruitment_abroad_stay where person_number = ?")
                .param(person).query(Long.class).single() > 0);
        return jdbc.sql("select * from recruitment_abroad_stay where person_number = ? order by id desc").param(person).query().listOfRows().getFirst();
    }

    private ResultActions crossing(String direction, String at, String passport, String surname) throws Exception {
        return mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON).content("""
                {"direction":"%s","checkpoint":"ROAD-SYRYM","occurredAt":"%s",
                 "document":{"type":"PASSPORT","number":"%s","issuingCountry":"KAZ","expiresOn":"2030-01-01"},
                 "surname":"%s","givenNames":"ЕРЛАН","birthDate":"1984-02-03","sex":"M","citizenship":"KAZ","purpose":"WORK"}"""
                .formatted(direction, at, passport, surname)));
    }

    private ResultActions feed(String token, String csv) throws Exception {
        return mvc.perform(post("/api/v1/abroad/consular-registrations").header("Authorization", token)
                .contentType("text/csv").content(csv));
    }

    @Test
    void aPlacementOpensAStayWithPlacementAndAWorkExitAndReturnAtTheBorderOpenAndEndAnother() throws Exception {
        String worker = person("РАЗМЕЩЕНОВ");
        placed(worker, "KOR", LocalDate.of(2012, 3, 1), LocalDate.of(2013, 3, 1));
        Map<String, Object> stay = stayOf(worker);
        assertThat(stay.get("country_code")).isEqualTo("KOR");
        assertThat(stay.get("legal_status")).isEqualTo("WITH_PLACEMENT");
        assertThat(stay.get("agency_code")).isEqualTo("DEMO-PEA");

        String passport = "T%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        String surname = "ВЫЕЗДОВ" + (char) ('А' + ThreadLocalRandom.current().nextInt(20));
        String exit = JsonPath.read(crossing("EXIT", "2014-05-10T04:00:00Z", passport, surname).andExpect(status().is2xxSuccessful())
                .andReturn().getResponse().getContentAsString(), "$.personNumber");
        Map<String, Object> abroad = stayOf(exit);
        assertThat(abroad.get("country_code")).as("the road checkpoint faces Russia").isEqualTo("RUS");
        assertThat(abroad.get("legal_status")).isEqualTo("UNKNOWN");
        assertThat(abroad.get("ended_on")).isNull();

        crossing("ENTRY", "2014-11-20T04:00:00Z", passport, surname).andExpect(status().is2xxSuccessful());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stayOf(exit).get("ended_on") != null);
        assertThat(stayOf(exit).get("return_reason")).isEqualTo("BORDER_ENTRY");
        assertThat(jdbc.sql("select count(*) from recruitment_abroad_stay where person_number = ?").param(exit).query(Long.class).single())
                .as("one stay, not a second one for the return").isEqualTo(1L);
    }

    @Test
    void theConsularFeedTakesGoodLinesReportsEveryRefusedOneAndADeregistrationEndsTheStay() throws Exception {
        Iin iin = newIin(LocalDate.of(1991, 7, 9), Sex.FEMALE);
        long before = jdbc.sql("select count(*) from recruitment_abroad_source where source = 'CONSULAR'").query(Long.class).single();
        String csv = HEADER
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,kor,Сеул,09.03.2011,WITHOUT_PERMIT,\n"
                + "123456789012,КОНСУЛОВА,АЙГУЛЬ,KOR,Сеул,2011-03-09,WITH_PERMIT,\n"
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,XXX,Сеул,2011-03-09,WITH_PERMIT,\n"
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,KAZ,Астана,2011-03-09,WITH_PERMIT,\n"
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,KOR,Сеул,31.02.2011,WITH_PERMIT,\n"
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,KOR,Сеул,2011-03-09,ILLEGAL,\n"
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,KOR,Сеул,2011-03-09,WITH_PERMIT,2010-01-01\n"
                + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,KOR\n"
                + iin.value() + ",,АЙГУЛЬ,KOR,Сеул,2011-03-09,WITH_PERMIT,\n";
        feed(MFA, csv).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.refused.length()").value(8))
                .andExpect(jsonPath("$.refused[0].line").value(3)).andExpect(jsonPath("$.refused[0].column").value("iin"))
                .andExpect(jsonPath("$.refused[1].column").value("country")).andExpect(jsonPath("$.refused[2].column").value("country"))
                .andExpect(jsonPath("$.refused[3].column").value("registered_on")).andExpect(jsonPath("$.refused[4].column").value("legal_status"))
                .andExpect(jsonPath("$.refused[5].column").value("deregistered_on")).andExpect(jsonPath("$.refused[6].column").value("line"))
                .andExpect(jsonPath("$.refused[7].column").value("surname")).andExpect(jsonPath("$.refused[7].line").value(10));
        assertThat(jdbc.sql("select count(*) from recruitment_abroad_source where source = 'CONSULAR'").query(Long.class).single())
                .as("only the good line is stored").isEqualTo(before + 1);
        feed(MFA, "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.refused[0].column").value("body"))
                .andExpect(jsonPath("$.refused[0].reason").value("abroad.consular.empty"));
        String person = jdbc.sql("select s.person_number from recruitment_abroad_stay s join recruitment_abroad_source r on r.stay_id = s.id "
                + "where r.source = 'CONSULAR' order by r.id desc").query(String.class).list().getFirst();
        Map<String, Object> stay = stayOf(person);
        assertThat(stay.get("legal_status")).isEqualTo("WITHOUT_PERMIT");
        assertThat(stay.get("consular_agency")).isEqualTo("MFA-CONSULAR");

        feed(MFA, HEADER + iin.value() + ",КОНСУЛОВА,АЙГУЛЬ,KOR,Сеул,2011-03-09,WITH_PERMIT,01.12.2012\n")
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1));
        stay = stayOf(person);
        assertThat(stay.get("legal_status")).isEqualTo("WITH_PERMIT");
        assertThat(stay.get("return_reason")).isEqualTo("CONSULAR_DEREGISTRATION");
        assertThat(stay.get("ended_on").toString()).isEqualTo("2012-12-01");
        assertThat(jdbc.sql("select count(*) from recruitment_abroad_stay where person_number = ?").param(person).query(Long.class).single())
                .as("sent again, the registration updates its stay").isEqualTo(1L);

        feed(MFA, HEADER + "123,X,Y,KOR,Сеул,2011-03-09,WITH_PERMIT,\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation")).andExpect(jsonPath("$.refused[0].column").value("iin"));
        feed(MFA, "iin;country\n1;2\n").andExpect(status().isBadRequest()).andExpect(jsonPath("$.refused[0].column").value("header"));
    }

    @Test
    void onlyTheForeignMinistryFeedsTheRegisterAndOnlyTheLabourAuthorityReadsPersons() throws Exception {
        String line = HEADER + newIin(LocalDate.of(1980, 1, 1), Sex.MALE).value() + ",ЧУЖОЙ,А,RUS,Омск,2011-01-01,UNKNOWN,\n";
        for (String token : new String[] {LABOUR, BORDER, "Bearer koshi-demo-career", "Bearer koshi-demo-agency"}) {
            feed(token, line).andExpect(status().isForbidden());
        }
        feed("Bearer koshi-made-up", line).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/abroad/persons").header("Authorization", MFA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/abroad/counts").header("Authorization", "Bearer koshi-demo-career")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/abroad/counts").param("year", "1900").header("Authorization", LABOUR)).andExpect(status().isBadRequest());
        mvc.perform(get("/recruitment/abroad").with(as("career"))).andExpect(status().isForbidden());
        mvc.perform(get("/recruitment/abroad/persons").with(as("mfa"))).andExpect(status().isForbidden());
        mvc.perform(get("/recruitment/abroad").with(as("mfa")).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Consular registrations")));
    }

    @Test
    void countsAreByCountryStatusAndYearAndTheForeignMinistryCountsOnlyItsOwnFeed() throws Exception {
        String worker = person("СЧЁТОВ");
        placed(worker, "ARE", LocalDate.of(2011, 6, 1), LocalDate.of(2011, 12, 31));
        stayOf(worker);
        feed(MFA, HEADER + newIin(LocalDate.of(1979, 5, 5), Sex.MALE).value() + ",СЧЁТОВ,Б,ARE,Дубай,2011-06-01,WITH_PERMIT,2011-12-31\n")
                .andExpect(status().isOk());
        String labour = mvc.perform(get("/api/v1/abroad/counts").param("year", "2011").header("Authorization", LABOUR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String mfa = mvc.perform(get("/api/v1/abroad/counts").param("year", "2011").header("Authorization", MFA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((java.util.List<?>) JsonPath.read(labour, "$.lines[?(@.countryCode == 'ARE')].persons.WITH_PLACEMENT"))
                .as("the labour authority counts the placement of 2011").singleElement().matches(n -> ((Number) n).intValue() >= 1);
        assertThat((java.util.List<?>) JsonPath.read(mfa, "$.lines[?(@.countryCode == 'ARE')].persons.WITH_PLACEMENT"))
                .as("the foreign ministry counts only the stays its consulates registered").allMatch(n -> ((Number) n).intValue() == 0);
        Number before = JsonPath.read(mvc.perform(get("/api/v1/abroad/counts").param("year", "2009").header("Authorization", LABOUR))
                .andReturn().getResponse().getContentAsString(), "$.total");
        assertThat(before.intValue()).as("nobody of 2011 counts in 2009").isLessThan(JsonPath.<Number>read(labour, "$.total").intValue());
        mvc.perform(get("/api/v1/abroad/persons").param("year", "2011").param("country", "ARE").param("status", "WITH_PLACEMENT")
                .header("Authorization", LABOUR)).andExpect(status().isOk()).andExpect(jsonPath("$[?(@.stay.personNumber == '" + worker + "')]").exists());
        mvc.perform(get("/recruitment/abroad/persons").param("year", "2011").param("country", "ARE").with(as("labour")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("СЧЁТОВ")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ABROAD_PERSONS_VIEWED'").query(Long.class).single()).isPositive();
    }

    @Test
    void theSamePlacementDeliveredTwiceAtOnceIsRecordedOnceAndNeitherDeliveryFails() throws Exception {
        String worker = person("ДВАЖДЫ");
        LocalDate today = LocalDate.now();
        for (int round = 0; round < 5; round++) {
            PlacementReported placement = new PlacementReported(UUID.randomUUID(), "DEMO-PEA", worker, "KOR", "REG-2", "EMPLOYER",
                    new BigDecimal("1000"), "USD", 0, today.minusDays(10), today.plusYears(1), Instant.now());
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<Void> delivery = () -> {
                together.await();
                listener.take(placement);
                return null;
            };
            var pool = Executors.newFixedThreadPool(2);
            try {
                for (var run : pool.invokeAll(List.of(delivery, delivery))) {
                    run.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(jdbc.sql("select count(*) from recruitment_abroad_source where source = 'PLACEMENT' and reference = ?")
                    .param(placement.placementId().toString()).query(Long.class).single()).isOne();
        }
    }

    @Test
    void aWorkerWhoseContractEndedLongAgoWithNoReturnOrConsularContactIsNotHeardFromUntilTheyAre() throws Exception {
        String worker = person("МОЛЧАНОВ");
        LocalDate today = LocalDate.now();
        placed(worker, "KOR", today.minusDays(700), today.minusDays(335));
        long stay = ((Number) stayOf(worker).get("id")).longValue();
        long counted = notHeardFrom.perAgency().getOrDefault("DEMO-PEA", 0L);
        assertThat(counted).isPositive();
        sweep.sweep();
        assertThat(jdbc.sql("select first_count from recruitment_signal where kind = 'WORKER_NOT_HEARD_FROM' and fact_key = ?")
                .param(LocalDate.now(clock) + ":" + counted).query(Long.class).optional()).as("the daily sweep raised the agency's signal")
                .contains(counted);

        String recent = person("ВЕРНУВШИЙСЯ");
        placed(recent, "KOR", today.minusDays(400), today.minusDays(35));
        stayOf(recent);
        assertThat(notHeardFrom.perAgency().get("DEMO-PEA")).as("a contract ended 35 days ago is not yet silence").isEqualTo(counted);

        new TransactionTemplate(transactions).executeWithoutResult(s -> register.registered(new ConsularRegistration(null, null, null,
                "KOR", "Сеул", today.minusDays(600), LegalStatus.WITHOUT_PERMIT, null), worker, "MFA-CONSULAR"));
        assertThat(notHeardFrom.perAgency().getOrDefault("DEMO-PEA", 0L)).as("a consular contact since the contract started")
                .isEqualTo(counted - 1);

        mvc.perform(get("/api/v1/abroad/not-heard-from").header("Authorization", MFA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/abroad/not-heard-from").header("Authorization", LABOUR)).andExpect(status().isOk());
        mvc.perform(post("/recruitment/abroad/stays/{id}/return", stay).with(as("labour")).with(csrf()).param("returnedOn", today.toString()));
    }

    @Test
    void theLabourAuthorityRecordsAReturnAndRefersTheWorkerWithConsentAsAnyProgrammeDoes() throws Exception {
        String worker = person("ДОМОЙВОЗВРАТОВ");
        placed(worker, "RUS", LocalDate.of(2013, 1, 10), LocalDate.of(2014, 1, 10));
        long stay = ((Number) stayOf(worker).get("id")).longValue();
        mvc.perform(get("/recruitment/abroad/stays/{id}", stay).with(as("labour")).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ДОМОЙВОЗВРАТОВ")));
        mvc.perform(get("/recruitment/abroad/stays/{id}", stay).with(as("career"))).andExpect(status().isForbidden());
        mvc.perform(get("/recruitment/abroad/stays/{id}", stay).with(as("mfa"))).andExpect(status().isForbidden());

        mvc.perform(post("/recruitment/abroad/stays/{id}/referral", stay).with(as("labour")).with(csrf())
                .param("regionCode", "KZ-71").param("consent", "true")).andExpect(model().attributeHasFieldErrors("referral", "regionCode"));
        mvc.perform(post("/recruitment/abroad/stays/{id}/return", stay).with(as("labour")).with(csrf()).param("returnedOn", "01.01.2012"))
                .andExpect(model().attributeHasFieldErrors("returnForm", "returnedOn"));
        mvc.perform(post("/recruitment/abroad/stays/{id}/return", stay).with(as("labour")).with(csrf()).param("returnedOn", "15.02.2014"))
                .andExpect(status().is3xxRedirection());
        assertThat(stayOf(worker).get("return_reason")).isEqualTo("REPORTED_BACK");

        long requests = jdbc.sql("select count(*) from employment_referral where person_number = ?").param(worker).query(Long.class).single();
        mvc.perform(post("/recruitment/abroad/stays/{id}/referral", stay).with(as("labour")).with(csrf()).param("regionCode", "KZ-71"))
                .andExpect(model().attributeHasFieldErrors("referral", "consent"));
        mvc.perform(post("/recruitment/abroad/stays/{id}/referral", stay).with(as("labour")).with(csrf())
                .param("regionCode", "KZ-71").param("phone", "+7 701 555 00 11").param("consent", "true")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from employment_referral where person_number = ?").param(worker).query(Long.class).single())
                .isEqualTo(requests + 1);
        assertThat(jdbc.sql("select programme from employment_referral_origin o join recruitment_abroad_stay s on s.referral_request_id = o.referral_id "
                + "where s.id = ?").param(stay).query(String.class).single()).isEqualTo("RETURNING_CITIZEN");
        assertThat(stayOf(worker).get("referral_consent_on")).isNotNull();
        mvc.perform(post("/recruitment/abroad/stays/{id}/referral", stay).with(as("labour")).with(csrf())
                .param("regionCode", "KZ-71").param("consent", "true")).andExpect(model().attributeHasFieldErrors("referral", "regionCode"));
    }
}
