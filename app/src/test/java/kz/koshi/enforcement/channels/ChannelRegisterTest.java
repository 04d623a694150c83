package kz.koshi.enforcement.channels;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.enforcement.ChannelStopped;
import kz.koshi.identity.IdentityResolution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static kz.koshi.enforcement.channels.Channels.BORDER;
import static kz.koshi.enforcement.channels.Channels.POLICE;
import static kz.koshi.enforcement.channels.Channels.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: the migration police and the border service record an illegal-migration channel; persons moved with a stay
 * file get the channel on it (no violation), ChannelStopped leaves with ids and counts; bad input is refused with the
 * field at fault and nothing stored; a reference is recorded once per agency; other agencies are refused.
 */
@DatabaseTest
@RecordApplicationEvents
class ChannelRegisterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IdentityResolution identity;
    @Autowired
    ApplicationEvents events;

    @Test
    void thePoliceRecordAChannelAndThePersonsWithAStayFileGetItOnTheirFileWithoutAViolation() throws Exception {
        String migrant = Channels.entered(mvc, "UZB", "FK1000001", "ABDULLAEV", 20);
        String citizen = Channels.entered(mvc, "KAZ", "N10000011", "SEITOV", 20);
        String unknownToStay = Channels.withoutStayFile(identity, jdbc, 0);
        String organiser = Channels.withoutStayFile(identity, jdbc, 1);
        // The entry's own assessment (asynchronous, after the commit) finds the missed registration; counted once it has.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> count("select count(*) from stay_violation where person_number = ?", migrant) > 0);
        long violations = count("select count(*) from stay_violation where person_number = ?", migrant);
        LocalDate stopped = LocalDate.now().minusDays(3);

        String answer = mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", POLICE)
                        .contentType(MediaType.APPLICATION_JSON).content(json("T-CH-1", "KZ-61", stopped, 7, List.of("tjk", "UZB", "KAZ"),
                                List.of("ROAD-ZHIBEK"), List.of(organiser), List.of("180540001000"), List.of(migrant, citizen, unknownToStay, migrant))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(answer, "$.id").longValue();

        assertThat(jdbc.sql("select person_number from stay_channel_mark where channel_id = ?").param(id).query(String.class).list())
                .containsExactly(migrant);
        assertThat(jdbc.sql("select person_number from enforcement_channel_person where channel_id = ? and in_stay").param(id)
                .query(String.class).list()).containsExactly(migrant);
        assertThat(count("select count(*) from enforcement_channel_person where channel_id = ?", id)).isEqualTo(3);
        assertThat(count("select count(*) from stay_violation where person_number = ?", migrant)).isEqualTo(violations);
        assertThat(events.stream(ChannelStopped.class).filter(e -> e.channelId() == id))
                .containsExactly(new ChannelStopped(id, stopped, "KZ-61", List.of("TJK", "UZB", "KAZ"), 7, 2));
        assertThat(count("select count(*) from audit_entry where action = 'CHANNEL_RECORDED' and subject_id = ?", String.valueOf(id))).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'STAY_CHANNEL_MARKED' and subject_id = ?", migrant)).isEqualTo(1);

        // The channel's page and API name the persons; each read is audited.
        long reads = count("select count(*) from audit_entry where action = 'CHANNEL_READ' and subject_id = ?", String.valueOf(id));
        mvc.perform(get("/api/v1/enforcement/channels/{id}", id).header("Authorization", BORDER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.personsMoved").value(7)).andExpect(jsonPath("$.routeCountries[0]").value("TJK"))
                .andExpect(jsonPath("$.organiserBins[0]").value("180540001000"))
                .andExpect(jsonPath("$.personsIdentified[*].personNumber", hasItem(migrant)));
        mvc.perform(get("/enforcement/channels/{id}", id).param("lang", "en").with(as("prosecutor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ABDULLAEV"))).andExpect(content().string(containsString("Zhibek Zholy")))
                .andExpect(content().string(containsString("Tajikistan")));
        assertThat(count("select count(*) from audit_entry where action = 'CHANNEL_READ' and subject_id = ?", String.valueOf(id)))
                .isEqualTo(reads + 2);

        // The mark on the stay file: for the migration police in Kazakh, with the channel's number; not for the labour ministry.
        mvc.perform(get("/stay/persons/{p}", migrant).param("lang", "kk").with(as("police"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Заңсыз көші-қон арналары")))
                .andExpect(content().string(containsString("/enforcement/channels/" + id)));
        mvc.perform(get("/stay/persons/{p}", migrant).param("lang", "en").with(as("labour"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Illegal-migration channels"))));
    }

    @Test
    void badInputIsRefusedAgainstItsFieldAndNothingIsStored() throws Exception {
        long channels = count("select count(*) from enforcement_channel");
        long marks = count("select count(*) from stay_channel_mark");
        LocalDate day = LocalDate.now().minusDays(1);
        refused(json("T-BAD-1", "KZ-61", day, 3, List.of("UZB", "XYZ"), List.of(), List.of(), List.of(), List.of()), "routeCountries", 400);
        refused(json("T-BAD-2", "KZ-61", day, 3, List.of("UZB"), List.of("ROAD-NOWHERE"), List.of(), List.of(), List.of()), "checkpoints", 400);
        refused(json("T-BAD-3", "KZ-99", day, 3, List.of("UZB"), List.of(), List.of(), List.of(), List.of()), "regionCode", 400);
        refused(json("T-BAD-4", "KZ-61", LocalDate.now().plusDays(2), 3, List.of("UZB"), List.of(), List.of(), List.of(), List.of()), "stoppedOn", 400);
        refused(json("T-BAD-5", "KZ-61", day, 3, List.of("UZB"), List.of(), List.of("KP999999990"), List.of(), List.of()), "organiserPersons", 400);
        refused(json("T-BAD-6", "KZ-61", day, 3, List.of("UZB"), List.of(), List.of(), List.of("123456789012"), List.of()), "organiserBins", 400);
        String migrant = Channels.entered(mvc, "KGZ", "AC9000001", "OSMONOV", 10);
        refused(json("T-BAD-7", "KZ-61", day, 0, List.of("KGZ"), List.of(), List.of(), List.of(), List.of(migrant)), "personsMoved", 400);
        refused(json("T-BAD-8", "KZ-61", day, 1, List.of(), List.of(), List.of(), List.of(), List.of(migrant)), "routeCountries", 400);
        refused(json("x".repeat(10_000), "KZ-61", day, 1, List.of("UZB"), List.of(), List.of(), List.of(), List.of()), "reference", 400);
        refused(json("T-BAD-9", "KZ-61", LocalDate.of(1, 1, 1), 1, List.of("UZB"), List.of(), List.of(), List.of(), List.of()), "stoppedOn", 400);
        refused(json("T-BAD-10", "KZ-61", day, -1, List.of("UZB"), List.of(), List.of(), List.of(), List.of()), "personsMoved", 400);
        mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\": null}")).andExpect(status().isBadRequest());
        assertThat(count("select count(*) from enforcement_channel")).isEqualTo(channels);
        assertThat(count("select count(*) from stay_channel_mark")).isEqualTo(marks);

        // The form shows the same refusal against its field, with the code at fault, and stores nothing.
        mvc.perform(post("/enforcement/channels").with(as("police")).with(csrf()).param("lang", "en").param("reference", "T-FORM-1")
                        .param("regionCode", "KZ-61").param("stoppedOn", day.toString()).param("personsMoved", "2")
                        .param("routeCountries", "UZB", "QQQ", "").param("checkpoints", "", "", "").param("personsIdentified", migrant))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("channel", "routeCountries"))
                .andExpect(content().string(containsString("Country QQQ is not in the reference list of countries.")));
        assertThat(count("select count(*) from enforcement_channel")).isEqualTo(channels);
    }

    @Test
    void aReferenceIsRecordedOncePerAgencyAndTheFiltersNarrowTheList() throws Exception {
        String body = json("T-ONCE-1", "KZ-31", LocalDate.now().minusDays(40), 4, List.of("KGZ", "KAZ"), List.of("ROAD-KORDAI"),
                List.of(), List.of(), List.of());
        mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("reference"));
        mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
        assertThat(count("select count(*) from enforcement_channel where reference = ?", "T-ONCE-1")).isEqualTo(2);

        int year = LocalDate.now().minusDays(40).getYear();
        mvc.perform(get("/api/v1/enforcement/channels").param("country", "kgz").param("region", "KZ-31").param("year", String.valueOf(year))
                        .header("Authorization", POLICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference", hasItem("T-ONCE-1")));
        mvc.perform(get("/api/v1/enforcement/channels").param("country", "KGZ").param("region", "KZ-75")
                .header("Authorization", POLICE)).andExpect(jsonPath("$[*].reference", not(hasItem("T-ONCE-1"))));
        mvc.perform(get("/api/v1/enforcement/channels").param("year", "1900").header("Authorization", POLICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/enforcement/channels").param("country", "XYZ").header("Authorization", POLICE))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/enforcement/channels").param("country", "KGZ").param("lang", "ru").with(as("border")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("T-ONCE-1")))
                .andExpect(content().string(containsString("Киргизия")));
    }

    @Test
    void otherAgenciesAreRefusedAndProsecutorsOnlyRead() throws Exception {
        String body = json("T-DENY-1", "KZ-61", LocalDate.now().minusDays(1), 1, List.of("UZB"), List.of(), List.of(), List.of(), List.of());
        for (String token : List.of("labour", "akimat", "career", "crisis", "prosecutor", "commission", "agency", "hotline", "mfa", "admin")) {
            mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", "Bearer koshi-demo-" + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enforcement/channels").header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enforcement/channels/not-a-number").header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(status().isForbidden());
        }
        for (String officer : List.of("labour", "akimat", "career", "social", "supervisor", "analyst", "agency", "guardian", "hotline", "admin")) {
            mvc.perform(get("/enforcement/channels").with(as(officer))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/enforcement/channels").with(as("prosecutor"))).andExpect(status().isOk());
        mvc.perform(get("/enforcement/channels/new").with(as("prosecutor"))).andExpect(status().isForbidden());
        mvc.perform(post("/enforcement/channels").with(as("prosecutor")).with(csrf()).param("reference", "T-DENY-2"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/channels/{id}", Long.MAX_VALUE).with(as("police"))).andExpect(status().isNotFound());
        assertThat(count("select count(*) from enforcement_channel where reference like 'T-DENY-%'")).isZero();
    }

    private void refused(String body, String field, int status) throws Exception {
        mvc.perform(post("/api/v1/enforcement/channels").header("Authorization", POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().is(status))
                .andExpect(jsonPath("$.errors[*].field", hasItem(org.hamcrest.Matchers.startsWith(field))));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
