package kz.koshi.border;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ban and guardian rules of docs/border.md that no other test proved. */
@DatabaseTest
class BanAndGuardianRulesTest {

    static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BorderRecords records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService officers;

    private String person(String document, String surname, String citizenship, String birth) throws Exception {
        String body = crossing("EXIT", document, surname, "2026-02-01T08:00:00Z", "AIDAR", birth).replace("\"UZB\"", "\"" + citizenship + "\"");
        return field(mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "personNumber");
    }

    private long ban(String person, String from, String until) throws Exception {
        String ban = mvc.perform(post("/api/v1/border/bans").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\": \"%s\", \"kind\": \"ENTRY_BAN\", \"reason\": \"DEPORTATION\", \"basis\": \"Решение № 1\", \"validFrom\": \"%s\"%s}"
                                .formatted(person, from, until == null ? "" : ", \"validUntil\": \"" + until + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(ban.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?").params(action, subject)
                .query(Long.class).single();
    }

    @Test
    void aBanThatRanOutCannotBeLiftedAfterItsEndAndALiftedBanIsNeverMovedAgain() throws Exception {
        String person = person("BG1000001", "RASULOV", "UZB", "1982-02-02");
        long ended = ban(person, "2025-01-01", "2025-06-30");
        mvc.perform(post("/api/v1/border/bans/" + ended + "/lifting").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"liftedOn\": \"2025-07-15\", \"basis\": \"Решение суда\"}"))
                .andExpect(status().isConflict());
        long lifted = ban(person, "2026-01-01", null);
        mvc.perform(post("/api/v1/border/bans/" + lifted + "/lifting").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"liftedOn\": \"2026-03-01\", \"basis\": \"Решение суда\"}")).andExpect(status().isOk());
        records.extendBan(lifted, LocalDate.of(2031, 3, 1));
        records.extendBan(ended, LocalDate.of(2030, 6, 30));
        assertThat(jdbc.sql("select valid_until from border_ban where id = ?").param(lifted).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(jdbc.sql("select valid_until from border_ban where id = ?").param(ended).query(LocalDate.class).single())
                .as("a ban not lifted is moved").isEqualTo(LocalDate.of(2030, 6, 30));
    }

    @Test
    void readingBansAndGuardiansIsAuditedAndNeedsAStayOrCardScope() throws Exception {
        String person = person("BG2000001", "SULTANOV", "UZB", "1983-03-03");
        mvc.perform(get("/api/v1/border/persons/" + person + "/bans").header("Authorization", POLICE)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/border/persons/" + person + "/guardians").header("Authorization", POLICE)).andExpect(status().isOk());
        assertThat(audited("BANS_READ", person)).isEqualTo(1);
        assertThat(audited("GUARDIANS_READ", person)).isEqualTo(1);
        mvc.perform(get("/api/v1/border/persons/" + person + "/guardians").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isForbidden());
        assertThat(audited("GUARDIANS_READ", person)).isEqualTo(1);
    }

    @Test
    void whenTwoPersonsAreMergedTheirBansAndGuardiansMoveToTheSurvivor() throws Exception {
        String child = """
                [{"surname": "OMAROVA", "givenNames": "ALIYA", "birthDate": "2017-08-08", "citizenship": "KAZ", "relation": "PARENT"}]""";
        String exit = crossing("EXIT", "N44556677", "OMAROV", "2026-02-01T08:00:00Z", "BERIK", "1986-06-06").replace("\"UZB\"", "\"KAZ\"")
                .replace("\"accompanyingMinors\": []", "\"accompanyingMinors\": " + child);
        String merged = field(mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(exit)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "personNumber");
        String minor = jdbc.sql("select m.person_number from border_crossing_minor m join border_crossing c on c.id = m.crossing_id "
                + "where c.person_number = ?").param(merged).query(String.class).list().getFirst();
        mvc.perform(post("/api/v1/border/guardians").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childPersonNumber\": \"" + minor + "\", \"adultPersonNumber\": \"" + merged + "\", \"relation\": \"PARENT\"}"))
                .andExpect(status().is2xxSuccessful());
        long ban = ban(merged, "2026-03-01", null);
        String survivor = person("BG3000001", "OMAROV", "KAZ", "1986-06-07");
        transactions.executeWithoutResult(t -> events.publishEvent(new kz.koshi.identity.PersonsMerged(survivor, merged)));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(jdbc.sql("select person_number from border_ban where id = ?").param(ban).query(String.class).single()).isEqualTo(survivor);
            assertThat(jdbc.sql("select adult_person_number from border_guardian where child_person_number = ?").param(minor)
                    .query(String.class).list()).containsExactly(survivor);
        });
        mvc.perform(get("/api/v1/border/persons/" + minor + "/guardians").header("Authorization", POLICE))
                .andExpect(jsonPath("$[0].adultPersonNumber").value(survivor));
    }

    @Test
    void theBansAndGuardiansPageIsReachedFromTheCrossingFormACrossingTheStayFileAndTheProfile() throws Exception {
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(crossing("ENTRY", "BG4000001", "YAKUBOV", "2026-02-01T08:00:00Z"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String person = field(receipt, "personNumber");
        String crossingId = receipt.replaceAll("(?s).*\"crossingId\":(\\d+).*", "$1");
        var border = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(officers.loadUserByUsername("border"));
        var police = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(officers.loadUserByUsername("police"));
        mvc.perform(get("/border").with(border)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/persons\"")));
        mvc.perform(get("/border/crossings/" + crossingId).with(border)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/persons/" + person + "\"")));
        mvc.perform(get("/stay/persons/" + person).with(police)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/persons/" + person + "\"")));
        mvc.perform(get("/persons/" + person).with(police)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/border/persons/" + person + "\"")));
    }
}
