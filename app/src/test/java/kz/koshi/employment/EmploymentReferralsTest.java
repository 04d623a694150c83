package kz.koshi.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employment support requests come from every programme that refers people to a career centre, and the career
 * centre cannot tell which: the same fields, wording, order, ids and dates for a victim's referral and an akimat's.
 */
@DatabaseTest
class EmploymentReferralsTest {

    static final String CRISIS = "Bearer koshi-demo-crisis";
    /** What every programme's referral may carry: the same here for the victim and the job seeker. */
    static final String PROFILE = "\"contactPhone\":\"+7 701 111 22 33\",\"languages\":[\"KAZAKH\",\"RUSSIAN\"],"
            + "\"skills\":\"Cook\",\"contactEmail\":\"person@example.kz\",\"sharedChannels\":[\"PHONE\",\"EMAIL\"]";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityResolution identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private String known(String id, String surname, String given, String born) {
        return identity.resolve(new IncomingRecord("border", id, surname, given, null, born, "M", "KAZ", null, null, null, null))
                .personNumber();
    }

    private String refer(String token, String person, String programme, String region) throws Exception {
        return mvc.perform(post("/api/v1/employment/referrals").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personNumber\":\"%s\",\"programme\":\"%s\",\"regionCode\":\"%s\",%s}"
                                .formatted(person, programme, region, PROFILE)))
                .andReturn().getResponse().getContentAsString();
    }

    /** A victim's case with an employment-referral outcome recorded as of ten days ago. */
    private String victimReferred() throws Exception {
        String screening = """
                {"pathway":"HOTLINE","exploitationType":"LABOUR","crossBorder":false,
                 "indicators":["DOCUMENTS_CONFISCATED"],"presumedVictim":true,"grounds":"Passport taken by the employer.",
                 "surname":"Ermekova","givenName":"Saule","birthDate":"1990-09-09","sex":"F","citizenship":"KAZ","regionCode":"KZ-71"}""";
        String body = mvc.perform(post("/api/v1/protection/screenings").header("Authorization", CRISIS)
                        .contentType(MediaType.APPLICATION_JSON).content(screening))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(body, "$.caseId")).longValue();
        mvc.perform(post("/api/v1/protection/cases/{id}/outcomes", caseId).header("Authorization", CRISIS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EMPLOYMENT_REFERRAL\",\"recordedOn\":\"" + LocalDate.now().minusDays(10)
                                + "\"," + PROFILE + "}"))
                .andExpect(status().isCreated());
        return jdbc.sql("select person_number from protection_case where id = ?").param(caseId).query(String.class).single();
    }

    @Test
    void theCareerCentreCannotTellAVictimsReferralFromAnAkimatsJobSeeker() throws Exception {
        String victim = victimReferred();
        String seeker = known("er-b-1", "OMAROV", "ASKAR", "1988-01-15");
        String returning = known("er-b-2", "BEKOV", "NURLAN", "1975-03-20");
        refer("Bearer koshi-demo-akimat", seeker, "AKIMAT_JOB_SEEKER", "KZ-71");
        refer("Bearer koshi-demo-labour", returning, "RETURNING_CITIZEN", "KZ-71");

        String json = mvc.perform(get("/api/v1/employment/support-requests").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> requests = JsonPath.read(json, "$");
        Map<String, Object> ofVictim = requests.stream().filter(r -> victim.equals(r.get("personNumber"))).findFirst().orElseThrow();
        Map<String, Object> ofSeeker = requests.stream().filter(r -> seeker.equals(r.get("personNumber"))).findFirst().orElseThrow();
        assertThat(ofVictim.keySet()).isEqualTo(ofSeeker.keySet())
                .containsExactlyInAnyOrder("id", "personNumber", "personName", "regionCode", "requestedOn", "languages", "skills",
                        "contactPhone", "contactEmail", "status");
        assertThat(ofVictim).usingRecursiveComparison().ignoringFields("id", "personNumber", "personName").isEqualTo(ofSeeker);
        assertThat(ofVictim.get("personName")).isEqualTo("Ermekova Saule");
        assertThat(ofSeeker.get("personName")).isEqualTo("OMAROV ASKAR");
        assertThat(ofVictim.get("requestedOn")).as("the day it arrived, whatever date the case gave").isEqualTo(LocalDate.now().toString());
        assertThat(json).doesNotContainIgnoringCase("programme").doesNotContain("VICTIM").doesNotContain("AKIMAT_JOB_SEEKER");
        assertThat(requests).extracting(r -> r.get("personNumber")).contains(returning);
        String page = mvc.perform(get("/employment").param("lang", "ru").with(user(users.loadUserByUsername("career"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("days on the officers' page read dd.MM.yyyy")
                .contains(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .doesNotContain(LocalDate.now().toString());
    }

    @Test
    void anAkimatRefersOnlyInItsRegionOnlyUnderItsProgrammesAndOnlyPersonsItKnows() throws Exception {
        String seeker = known("er-b-3", "SADYKOV", "ERLAN", "1992-12-01");
        String victimOnly = identity.resolve(new IncomingRecord("crisis_centre", "er-cc-3", "Жумабекова", "Айгерим", null,
                "1997-05-05", "F", "KAZ", null, null, null, null)).personNumber();
        assertThat(JsonPath.<String>read(refer("Bearer koshi-demo-akimat", seeker, "KANDAS", "KZ-75"), "$.errors[0].field"))
                .isEqualTo("regionCode");
        assertThat(JsonPath.<String>read(refer("Bearer koshi-demo-akimat", seeker, "VICTIM_SUPPORT", "KZ-71"), "$.errors[0].field"))
                .isEqualTo("programme");
        String unknown = refer("Bearer koshi-demo-akimat", "KP999999990", "KANDAS", "KZ-71");
        String ofVictim = refer("Bearer koshi-demo-akimat", victimOnly, "KANDAS", "KZ-71");
        assertThat(ofVictim.replace(victimOnly, "N")).as("a person only protection knows is answered as a number never issued")
                .isEqualTo(unknown.replace("KP999999990", "N"));
        assertThat(JsonPath.<String>read(ofVictim, "$.type")).isEqualTo("urn:koshi:problem:not-found");
        for (String token : new String[] {"career", "border", "crisis", "police"}) {
            mvc.perform(post("/api/v1/employment/referrals").header("Authorization", "Bearer koshi-demo-" + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"personNumber\":\"" + seeker + "\",\"programme\":\"KANDAS\",\"regionCode\":\"KZ-71\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/employment/referrals").header("Authorization", "Bearer koshi-demo-labour")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personNumber\":\"" + seeker + "\",\"programme\":\"KANDAS\",\"regionCode\":\"KZ-75\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.requestId").isNumber());
    }

    @Test
    void anAkimatOfficerRefersThroughTheFormAndTheCareerCentreSeesIt() throws Exception {
        String seeker = known("er-b-4", "ZHAKUPOV", "DANIYAR", "1983-07-07");
        mvc.perform(get("/employment/referrals").param("lang", "en").with(user(users.loadUserByUsername("akimat"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Kandas"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase("victim")))));
        mvc.perform(post("/employment/referrals").with(user(users.loadUserByUsername("akimat"))).with(csrf())
                        .param("personNumber", "Жакупов").param("programme", "KANDAS").param("regionCode", "KZ-71")
                        .param("contactPhone", "семь").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model().attributeHasFieldErrors("referral", "personNumber"))
                // the errors say what is expected, not a bare "invalid value"
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("This is not a person number (KP and 9 digits)."),
                        org.hamcrest.Matchers.containsString("A phone number has digits, spaces, +, - and brackets only."))));
        mvc.perform(post("/employment/referrals").with(user(users.loadUserByUsername("akimat"))).with(csrf())
                        .param("personNumber", seeker).param("programme", "KANDAS").param("regionCode", "KZ-71"))
                .andExpect(redirectedUrl("/employment/referrals"));
        String page = mvc.perform(get("/employment").param("lang", "en").with(user(users.loadUserByUsername("career"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(seeker).doesNotContain("Kandas");
        mvc.perform(get("/employment/referrals").with(user(users.loadUserByUsername("career")))).andExpect(status().isForbidden());
    }
}
