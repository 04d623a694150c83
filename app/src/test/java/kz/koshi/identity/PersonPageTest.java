package kz.koshi.identity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One person, one page: each role sees the sections it is entitled to, every read audited, every number a link. */
@DatabaseTest
class PersonPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String officer) {
        return user(users.loadUserByUsername(officer));
    }

    /** A traveller who entered nine days ago, registered late (a violation), with an entry ban recorded by the border. */
    private String traveller(String passport, String surname, String given, String born) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "RAIL-SARYAGASH", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "TJK"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "TJK", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(9), passport, surname, given, born);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String person = receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
        // The crossing's own assessment (asynchronous) records the overdue registration first; then the officer registers.
        await().atMost(Duration.ofSeconds(20)).until(() -> violations(person) > 0);
        mvc.perform(post("/stay/persons/" + person + "/registrations").with(as("police")).with(csrf()).param("personNumber", person)
                        .param("party", "POLICE").param("basis", "ORDINARY").param("validFrom", LocalDate.now().toString())
                        .param("validUntil", LocalDate.now().plusDays(60).toString()).param("address", "Astana"))
                .andDo(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString().replaceAll("(?s).*<main", "")).isEqualTo(302));
        mvc.perform(post("/border/persons/" + person + "/bans").with(as("border")).with(csrf()).param("personNumber", person)
                        .param("kind", "WATCH_LIST").param("reason", "SEARCH").param("basis", "Розыск № 4411")
                        .param("validFrom", LocalDate.now().toString()))
                .andDo(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString().replaceAll("(?s).*<main", "")).isEqualTo(302));
        return person;
    }

    private long violations(String person) {
        return jdbc.sql("select count(*) from stay_violation where person_number = ?").param(person).query(Long.class).single();
    }

    private String page(String officer, String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(as(officer))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachRoleSeesTheSectionsItIsEntitledToAndNoOther() throws Exception {
        String person = traveller("PP5510001", "RAHIMOVA", "ZUHRA", "1987-04-21");
        Map<String, List<String>> sections = Map.of("border", List.of("identity", "border", "stay"),
                "police", List.of("identity", "border", "stay"), "labour", List.of("identity", "stay"),
                "prosecutor", List.of("identity", "stay"), "akimat", List.of("stay"));
        sections.forEach((officer, shown) -> {
            try {
                String html = page(officer, "/persons/" + person);
                assertThat(html).as(officer).contains("RAHIMOVA", "1987-04-21", "Tajikistan");
                for (String section : List.of("identity", "border", "stay")) {
                    assertThat(html.contains("id=\"" + section + "-section\"")).as(officer + " " + section).isEqualTo(shown.contains(section));
                }
                assertThat(html.contains("Missed registration")).as(officer + ": violations").isTrue();
                assertThat(html.contains("PP5510001")).as(officer + ": documents").isEqualTo(shown.contains("identity"));
                assertThat(html.contains("id=\"person-bans\"")).as(officer + ": bans").isEqualTo(shown.contains("border"));
                assertThat(html).as(officer).doesNotContain("removal-suspended");
                assertThat(html).as(officer + ": an open-ended watch-list entry").doesNotContain("until null");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        for (String officer : List.of("social", "supervisor", "career", "analyst", "agency", "admin")) {
            mvc.perform(get("/persons/" + person).with(as(officer))).andExpect(status().isForbidden());
            mvc.perform(get("/persons/KP999999990").with(as(officer))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theLinkHistorySaysInWordsWhatHappenedAndWho() throws Exception {
        String person = traveller("PP5510009", "NAZAROVA", "SITORA", "1990-08-03");
        assertThat(page("border", "/persons/" + person)).contains("<td>New person</td>", "<td>Matching engine</td>")
                .doesNotContain("<td>NEW_PERSON</td>").doesNotContain("<td>engine</td>");
    }

    @Test
    void everyReadOfThePageIsAuditedAsTheModulesAuditTheirOwn() throws Exception {
        String person = traveller("PP5510002", "KARIMOVA", "MALIKA", "1979-10-03");
        mvc.perform(get("/persons/" + person).with(as("police"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and actor = 'police' and action like '%VIEWED'")
                .param(person).query(String.class).list())
                .contains("PERSON_VIEWED", "BORDER_FILE_VIEWED", "STAY_FILE_VIEWED");
        mvc.perform(get("/persons/" + person).with(as("akimat"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and actor = 'akimat'")
                .param(person).query(String.class).list()).containsExactly("STAY_FILE_VIEWED");
    }

    @Test
    void everyPersonNumberOnTheWorkPagesLeadsToThePersonPage() throws Exception {
        String person = traveller("PP5510003", "NURIDDINOVA", "SABINA", "1995-01-30");
        String link = "href=\"/persons/" + person + "\"";
        assertThat(page("police", "/stay")).contains(link);
        assertThat(page("border", "/border/board")).contains(link);
        long crossing = jdbc.sql("select id from border_crossing where person_number = ?").param(person).query(Long.class).single();
        assertThat(page("border", "/border/crossings/" + crossing)).contains(link);
        assertThat(page("border", "/border/persons/" + person)).contains(link);
        assertThat(page("police", "/stay/persons/" + person)).contains(link);
    }

    @Test
    void theStayFileShowsWhoThePersonIs() throws Exception {
        String person = traveller("PP5510004", "SAIDOVA", "GULNORA", "1969-06-12");
        assertThat(page("labour", "/stay/persons/" + person)).contains("id=\"stay-who\"", "SAIDOVA", "GULNORA", "1969-06-12", "Tajikistan");
    }

    @Test
    void searchOpensAPersonNumberTypedInAnyCase() throws Exception {
        String person = traveller("RX3093317", "YULDASHEVA", "MUNISA", "1958-03-05");
        mvc.perform(get("/persons").param("q", " " + person.toLowerCase() + " ").with(as("labour")))
                .andExpect(redirectedUrl("/persons/" + person));
    }

    @Test
    void searchFindsADocumentNumberTypedInGroups() throws Exception {
        String person = traveller("PN7712345", "ODINAEVA", "NIGORA", "2001-08-17");
        assertThat(page("labour", "/persons?q=pn 771 2345")).contains(link(person));
        assertThat(page("prosecutor", "/persons?q=PN 7712345")).contains(link(person));
    }

    private static String link(String person) {
        return "href=\"/persons/" + person + "\"";
    }
}
