package kz.koshi.protection;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The journey through the API, as a crisis centre's system drives it, with the refusals of the "bad input". */
@DatabaseTest
@RecordApplicationEvents
class ProtectionApiTest {

    static final String CRISIS = "Bearer koshi-demo-crisis";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void aForeignPresumedVictimGetsAReflectionPeriodAndStayIsTold() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "UZB", "1990-04-02");
        ReflectionPeriodStarted started = events.stream(ReflectionPeriodStarted.class).reduce((a, b) -> b).orElseThrow();
        assertThat(started.endsOn()).isEqualTo(started.startsOn().plusDays(30));
        assertThat(started.personNumber()).isEqualTo(row(caseId, "person_number"));
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reflectionEndsOn").value(started.endsOn().toString()));
    }

    @Test
    void aCitizenGetsNoReflectionPeriodAndAChildIsReferredToChildProtectionAtOnce() throws Exception {
        long before = events.stream(ReflectionPeriodStarted.class).count();
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "KAZ", LocalDate.now().minusYears(15).toString());
        assertThat(events.stream(ReflectionPeriodStarted.class).count()).isEqualTo(before);
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.minor").value(true))
                .andExpect(jsonPath("$.childProtectionAt").isNotEmpty())
                .andExpect(jsonPath("$.timeline[*].kind", hasItem("CHILD_PROTECTION_REFERRED")));
    }

    @Test
    void fromScreeningToClosureThroughTheApi() throws Exception {
        long caseId = ProtectionFixtures.screen(mvc, CRISIS, "TJK", "1988-01-15");
        long referral = id(call(post("/api/v1/protection/cases/{id}/referrals", caseId),
                "{\"toAgency\":\"CRISIS-KZ-71\",\"needs\":[\"MEDICAL\",\"LEGAL\"],\"consent\":true}").andExpect(status().isCreated()));
        call(post("/api/v1/protection/referrals/{id}/decision", referral), "{\"accept\":true}").andExpect(status().isOk());
        String today = LocalDate.now().toString();
        call(post("/api/v1/protection/cases/{id}/admission", caseId), "{\"admittedOn\":\"" + today + "\",\"residence\":\"TEMPORARY_RESIDENT\"}").andExpect(status().isOk());
        call(put("/api/v1/protection/cases/{id}/plan", caseId), "{\"services\":[\"MEDICAL\",\"LEGAL\",\"PSYCHOLOGICAL\"]}")
                .andExpect(status().isOk());
        call(post("/api/v1/protection/cases/{id}/services", caseId), "{\"serviceType\":\"MEDICAL\",\"deliveredOn\":\"" + today + "\"}")
                .andExpect(status().isCreated());
        call(post("/api/v1/protection/cases/{id}/extensions", caseId),
                "{\"reason\":\"CRIMINAL_PROCEEDINGS\",\"until\":\"" + LocalDate.now().plusMonths(8) + "\"}").andExpect(status().isCreated());
        call(post("/api/v1/protection/cases/{id}/outcomes", caseId),
                "{\"kind\":\"CRIMINAL_CASE\",\"recordedOn\":\"" + today + "\",\"criminalArticle\":\"128\",\"criminalStage\":\"INVESTIGATION\"}")
                .andExpect(status().isCreated());
        call(post("/api/v1/protection/cases/{id}/closure", caseId), "{\"reason\":\"REPATRIATED\",\"closedOn\":\"" + today + "\"}")
                .andExpect(status().isOk());
        assertThat(events.stream(ReflectionPeriodEnded.class).map(ReflectionPeriodEnded::personNumber))
                .contains(row(caseId, "person_number"));
        call(post("/api/v1/protection/cases/{id}/follow-ups", caseId),
                "{\"contactedOn\":\"" + today + "\",\"channel\":\"PHONE\",\"note\":\"Doing well at home.\"}").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.services.length()").value(1))
                .andExpect(jsonPath("$.followUps[0].note").value("Doing well at home."))
                .andExpect(jsonPath("$.outcomes[0].criminalArticle").value("128"));
        mvc.perform(get("/api/v1/protection/cases/{id}/htcds", caseId).header("Authorization", CRISIS))
                .andExpect(jsonPath("$.cas_Status").value("Closed"))
                .andExpect(jsonPath("$.prs_Nationality").value("TJ"))
                .andExpect(jsonPath("$.vic_MethodsOfControl", hasItem("WithholdsDocuments")));
        assertThat(jdbc.sql("select note from protection_follow_up where case_id = ?").param(caseId).query(String.class).single())
                .startsWith("v1:").doesNotContain("Doing well");
    }

    @Test
    void badInputIsRefusedWithNothingChanged() throws Exception {
        long caseId = ProtectionFixtures.admitted(mvc, CRISIS);
        long extensions = count("protection_extension", caseId);
        call(post("/api/v1/protection/cases/{id}/extensions", caseId),
                "{\"reason\":\"OTHER\",\"until\":\"" + LocalDate.now().plusMonths(7) + "\"}")
                // The law knows no other reason: "OTHER" is not a value the API reads.
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(post("/api/v1/protection/cases/{id}/extensions", caseId),
                "{\"reason\":\"HOSPITALISATION\",\"until\":\"" + LocalDate.now().plusMonths(10) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("until"));
        assertThat(count("protection_extension", caseId)).isEqualTo(extensions);

        long services = count("protection_service_delivery", caseId);
        call(post("/api/v1/protection/cases/{id}/services", caseId),
                "{\"serviceType\":\"MEDICAL\",\"deliveredOn\":\"" + LocalDate.now().minusDays(1) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("deliveredOn"));
        assertThat(count("protection_service_delivery", caseId)).isEqualTo(services);

        long other = ProtectionFixtures.screen(mvc, CRISIS, "KAZ", "1980-01-01");
        jdbc.sql("update protection_centre set capacity = 0 where agency_code = 'CRISIS-KZ-10'").update();
        call(post("/api/v1/protection/cases/{id}/referrals", other), "{\"toAgency\":\"CRISIS-KZ-10\",\"needs\":[\"MEDICAL\"],\"consent\":true}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("toAgency"));
        assertThat(count("protection_referral", other)).isZero();
        assertThat(row(other, "status")).isEqualTo("OPEN");
        jdbc.sql("update protection_centre set capacity = 30 where agency_code = 'CRISIS-KZ-10'").update();
    }

    @Test
    void centresAreListedWithCapacityAndOccupancy() throws Exception {
        mvc.perform(get("/api/v1/protection/centres").header("Authorization", CRISIS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(13))
                .andExpect(jsonPath("$[0].capacity").isNumber())
                .andExpect(jsonPath("$[0].occupancy").isNumber());
    }

    @Test
    void anotherAgencysSystemCannotReadTheCase() throws Exception {
        // a police screening in Turkestan region goes to a centre there, not to the Astana centre asking
        long caseId = ProtectionFixtures.screen(mvc, "Bearer koshi-demo-police", "KAZ", "1985-05-05", "KZ-61");
        mvc.perform(get("/api/v1/protection/cases/{id}", caseId).header("Authorization", CRISIS)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_READ_DENIED' and subject_id = ?")
                .param(String.valueOf(caseId)).query(Long.class).single()).isPositive();
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.header("Authorization", CRISIS).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long count(String table, long caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(caseId).query(Long.class).single();
    }

    private String row(long caseId, String column) {
        return jdbc.sql("select " + column + " from protection_case where id = ?").param(caseId).query(String.class).single();
    }
}
