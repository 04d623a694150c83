package kz.koshi.hotline;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: the hotline logs a call, routes it (a screening request to the nearest crisis centre or the police, a
 * complaint about an employment agency, the labour inspection, the police on duty), each route followed up; a call is
 * read only by the hotline and those it was routed to, every read audited; bad input is refused with nothing stored.
 */
@DatabaseTest
@RecordApplicationEvents
class HotlineCallsTest {

    static final String HOTLINE = "Bearer koshi-demo-hotline";
    static final String FACTS = "Brother taken to a building site near Astana; passport kept by the foreman, unpaid.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    @Test
    void aCallOfPossibleTraffickingBecomesAScreeningAtTheNearestCrisisCentre() throws Exception {
        String location = mvc.perform(post("/hotline/calls").with(as("hotline")).with(csrf()).with(checkboxes()).param("channel", "CALL")
                        .param("anonymous", "true").param("callerLanguage", "RUSSIAN").param("facts", FACTS)
                        .param("regionCode", "KZ-71").param("classification", "POSSIBLE_TRAFFICKING").param("namesVictim", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "hotline.call.logged"))
                .andReturn().getResponse().getRedirectedUrl();
        long call = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select facts from hotline_call where id = ?").param(call).query(String.class).single())
                .startsWith("v1:").doesNotContain("passport");
        HotlineCallLogged logged = events.stream(HotlineCallLogged.class).filter(e -> e.callId() == call).findFirst().orElseThrow();
        assertThat(logged).isEqualTo(new HotlineCallLogged(call, LocalDate.now(), "KZ-71", CallClass.POSSIBLE_TRAFFICKING, Channel.CALL));

        mvc.perform(post("/hotline/calls/{id}/routes", call).with(as("hotline")).with(csrf()).param("kind", "SCREENING"))
                .andExpect(flash().attribute("notice", "hotline.route.saved"));
        assertThat(events.stream(HotlineCallRouted.class).filter(e -> e.callId() == call).map(HotlineCallRouted::routedTo))
                .containsExactly(RouteKind.SCREENING);
        long request = jdbc.sql("select screening_request from hotline_route where call_id = ?").param(call).query(Long.class).single();
        assertThat(jdbc.sql("select agency_code from protection_screening_request where id = ?").param(request)
                .query(String.class).single()).isEqualTo("CRISIS-KZ-71");

        // The crisis centre's social worker sees it in the caseload, reads the facts (audited) and screens from it.
        mvc.perform(get("/protection").param("lang", "en").with(as("social"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/protection/requests/" + request)));
        long reads = audits("SCREENING_REQUEST_READ", request);
        mvc.perform(get("/protection/requests/{id}", request).param("lang", "en").with(as("social")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(FACTS)));
        assertThat(audits("SCREENING_REQUEST_READ", request)).isEqualTo(reads + 1);
        mvc.perform(get("/protection/screenings/new").param("request", String.valueOf(request)).with(as("social")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(FACTS)));
        String caseUrl = mvc.perform(screening(request)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(caseUrl).startsWith("/protection/cases/");
        assertThat(jdbc.sql("select status from protection_screening_request where id = ?").param(request).query(String.class).single())
                .isEqualTo("SCREENED");
        // A request is screened once: a second screening from it is refused and opens no case.
        long cases = count("select count(*) from protection_case");
        mvc.perform(screening(request)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("This request has already been screened."),
                        containsString("По этому запросу скрининг уже проведён."))));
        assertThat(count("select count(*) from protection_case")).isEqualTo(cases);
        // The hotline sees that it was screened, and nothing of the case.
        mvc.perform(get("/hotline/calls/{id}", call).param("lang", "en").with(as("hotline"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("screened")))
                .andExpect(content().string(not(containsString("Hotlinova"))));
        // The events carry no facts.
        assertThat(events.stream().filter(e -> e.getClass().getPackageName().equals("kz.koshi.hotline")).map(Object::toString))
                .noneMatch(s -> s.contains("passport"));
    }

    @Test
    void aRegionWithoutACentreGoesToTheNearestAndThePoliceMayBeAskedInstead() throws Exception {
        long almaty = logByApi("KZ-75", "POSSIBLE_TRAFFICKING", false);
        route(almaty, "{\"kind\":\"SCREENING\"}").andExpect(status().isCreated());
        assertThat(requestAgency(almaty)).isEqualTo("CRISIS-KZ-33");

        long police = logByApi("KZ-71", "POSSIBLE_TRAFFICKING", false);
        route(police, "{\"kind\":\"SCREENING\",\"agency\":\"MVD-MIGRATION\"}").andExpect(status().isCreated());
        assertThat(requestAgency(police)).isEqualTo("MVD-MIGRATION");
        long request = jdbc.sql("select screening_request from hotline_route where call_id = ?").param(police).query(Long.class).single();
        mvc.perform(get("/protection/requests").param("lang", "en").with(as("police"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/protection/requests/" + request)));
        // Another agency's officers are told it does not exist, as for one that does not; the refusal is audited.
        mvc.perform(get("/protection/requests/{id}", request).with(as("social"))).andExpect(status().isNotFound());
        mvc.perform(get("/protection/requests/{id}", 987654321L).with(as("social"))).andExpect(status().isNotFound());
        assertThat(audits("SCREENING_REQUEST_READ_DENIED", request)).isEqualTo(1);
        for (String other : List.of("border", "labour", "akimat", "career", "prosecutor", "analyst", "agency", "guardian", "admin", "hotline")) {
            mvc.perform(get("/protection/requests/{id}", request).with(as(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aComplaintAboutAnAgencyIsPublishedByItsBinAndLabourRightsGoToTheLabourInspection() throws Exception {
        long call = logByApi("KZ-79", "WORK_ABROAD", false);
        route(call, "{\"kind\":\"AGENCY_COMPLAINT\",\"bin\":\"180540001007\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bin"));
        String bin = kz.koshi.shared.Bin.complete("18054000100").value();
        route(call, "{\"kind\":\"AGENCY_COMPLAINT\",\"bin\":\"" + bin + "\"}").andExpect(status().isCreated());
        assertThat(events.stream(AgencyComplaintReported.class).filter(e -> e.callId() == call))
                .containsExactly(new AgencyComplaintReported(call, bin, LocalDate.now()));

        long labour = logByApi("KZ-79", "LABOUR_RIGHTS", false);
        long route = JsonPath.<Number>read(route(labour, "{\"kind\":\"LABOUR_INSPECTION\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id").longValue();
        mvc.perform(get("/hotline/routed").param("lang", "en").with(as("labour"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/hotline/calls/" + labour)))
                .andExpect(content().string(not(containsString("/hotline/calls/" + call + "\""))));
        mvc.perform(get("/hotline/calls/{id}", labour).param("lang", "en").with(as("labour"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unpaid for two months")));
        // The outcome: not before the routing day, then once.
        mvc.perform(post("/hotline/calls/{id}/routes/{r}/outcome", labour, route).with(as("labour")).with(csrf())
                        .param("outcome", "TAKEN_UP").param("on", LocalDate.now().minusDays(3).toString()))
                .andExpect(flash().attribute("alert", "hotline.route.outcome-before-routing"));
        mvc.perform(post("/hotline/calls/{id}/routes/{r}/outcome", labour, route).with(as("labour")).with(csrf())
                        .param("outcome", "TAKEN_UP").param("on", LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))))
                .andExpect(flash().attribute("notice", "hotline.route.outcome-saved"));
        assertThat(jdbc.sql("select outcome from hotline_route where id = ?").param(route).query(String.class).single()).isEqualTo("TAKEN_UP");
        assertThat(audits("HOTLINE_ROUTE_OUTCOME", route)).isEqualTo(1);
        mvc.perform(post("/hotline/calls/{id}/routes/{r}/outcome", labour, route).with(as("labour")).with(csrf())
                        .param("outcome", "NO_GROUNDS").param("on", LocalDate.now().toString()))
                .andExpect(flash().attribute("alert", "hotline.route.outcome-recorded"));
    }

    @Test
    void badInputAndRoutesToAgenciesThatDoNotExistOrAreOfTheWrongKindAreRefusedWithNothingStored() throws Exception {
        long calls = count("select count(*) from hotline_call");
        String good = body("KZ-71", "OTHER", false);
        for (String bad : List.of(good.replace("\"OTHER\"", "\"NOPE\""), good.replace(FACTS, " "),
                good.replace("\"KZ-71\"", "\"KZ-00\""), good.replace("\"callbackConsent\":false", "\"callbackConsent\":false,\"contact\":\"+7 700\""))) {
            mvc.perform(post("/api/v1/hotline/calls").header("Authorization", HOTLINE).contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/hotline/calls").with(as("hotline")).with(csrf()).with(checkboxes()).param("channel", "CALL").param("callerLanguage", "KAZAKH")
                        .param("facts", "").param("regionCode", "KZ-71").param("classification", "OTHER"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("call", "facts"));
        assertThat(count("select count(*) from hotline_call")).isEqualTo(calls);

        long call = logByApi("KZ-71", "POSSIBLE_TRAFFICKING", false);
        long routes = count("select count(*) from hotline_route");
        long requests = count("select count(*) from protection_screening_request");
        for (String bad : List.of("{\"kind\":\"SCREENING\",\"agency\":\"CRISIS-NOWHERE\"}", "{\"kind\":\"SCREENING\",\"agency\":\"MLSP\"}",
                "{\"kind\":\"LABOUR_INSPECTION\",\"agency\":\"CRISIS-KZ-71\"}", "{\"kind\":\"LABOUR_INSPECTION\",\"agency\":\"NOPE\"}",
                "{\"kind\":\"DUTY_POLICE\",\"agency\":\"KNB-BORDER\"}", "{\"kind\":\"AGENCY_COMPLAINT\",\"agency\":\"MLSP\"}",
                "{\"kind\":\"NOWHERE\"}")) {
            route(call, bad).andExpect(status().isBadRequest());
        }
        route(call, "{\"kind\":\"SCREENING\",\"agency\":\"CRISIS-NOWHERE\"}").andExpect(jsonPath("$.errors[0].field").value("agency"));
        route(987654321L, "{\"kind\":\"SCREENING\"}").andExpect(status().isNotFound());
        mvc.perform(post("/hotline/calls/{id}/routes", call).with(as("hotline")).with(csrf()).param("kind", "LABOUR_INSPECTION")
                .param("agency", "CRISIS-KZ-71")).andExpect(flash().attribute("alert", "hotline.route.agency-wrong-kind"));
        assertThat(count("select count(*) from hotline_route")).isEqualTo(routes);
        assertThat(count("select count(*) from protection_screening_request")).isEqualTo(requests);
    }

    @Test
    void aCallIsReadOnlyByTheHotlineAndThoseItWasRoutedToEveryReadAudited() throws Exception {
        long call = logByApi("KZ-71", "LABOUR_RIGHTS", false);
        route(call, "{\"kind\":\"LABOUR_INSPECTION\"}").andExpect(status().isCreated());
        long reads = audits("HOTLINE_CALL_READ", call);
        mvc.perform(get("/api/v1/hotline/calls/{id}", call).header("Authorization", HOTLINE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.facts").value(containsString("Unpaid")));
        mvc.perform(get("/hotline/calls/{id}", call).with(as("hotline"))).andExpect(status().isOk());
        mvc.perform(get("/hotline/calls/{id}", call).with(as("labour"))).andExpect(status().isOk());
        assertThat(audits("HOTLINE_CALL_READ", call)).isEqualTo(reads + 3);

        long denied = audits("HOTLINE_CALL_READ_DENIED", call);
        List<String> others = List.of("border", "police", "akimat", "career", "social", "supervisor", "prosecutor", "analyst",
                "agency", "guardian", "admin");
        for (String other : others) {
            mvc.perform(get("/hotline/calls/{id}", call).with(as(other))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Unpaid"))));
            mvc.perform(get("/hotline/calls/{id}", 987654321L).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/hotline").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/hotline/calls/{id}/routes", call).with(as(other)).with(csrf()).param("kind", "SCREENING"))
                    .andExpect(status().isForbidden());
        }
        assertThat(audits("HOTLINE_CALL_READ_DENIED", call)).isEqualTo(denied + others.size());
        for (String token : List.of("admin", "border", "police", "labour", "akimat", "career", "crisis", "prosecutor", "commission", "agency")) {
            mvc.perform(get("/api/v1/hotline/calls/{id}", call).header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/hotline/calls").header("Authorization", "Bearer koshi-demo-" + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body("KZ-71", "OTHER", false))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aCallerInDangerIsFlaggedAtOnceToThePoliceOnDutyWhoAcknowledgeIt() throws Exception {
        long call = logByApi("KZ-75", "POSSIBLE_TRAFFICKING", true);
        long route = jdbc.sql("select id from hotline_route where call_id = ? and kind = 'DUTY_POLICE'").param(call).query(Long.class).single();
        mvc.perform(get("/").param("lang", "en").with(as("police"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/hotline/urgent\"")));
        mvc.perform(get("/hotline/urgent").param("lang", "en").with(as("police"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/hotline/urgent/" + route + "/acknowledgement")));
        mvc.perform(get("/hotline/calls/{id}", call).with(as("police"))).andExpect(status().isOk());
        for (String other : List.of("border", "labour", "social", "hotline", "admin")) {
            mvc.perform(get("/hotline/urgent").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/hotline/urgent/{id}/acknowledgement", route).with(as(other)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/hotline/urgent/{id}/acknowledgement", route).with(as("police")).with(csrf()))
                .andExpect(flash().attribute("notice", "hotline.urgent.acknowledged"));
        assertThat(audits("HOTLINE_URGENT_ACKNOWLEDGED", route)).isEqualTo(1);
        mvc.perform(get("/hotline/urgent").with(as("police")))
                .andExpect(content().string(not(containsString("/hotline/urgent/" + route + "/acknowledgement"))));
        // A colleague on duty clicking a second time is told it was taken, on the home page (not a 404 page).
        mvc.perform(post("/hotline/urgent/{id}/acknowledgement", route).with(as("police")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("alert", "hotline.urgent.not-found"));
        mvc.perform(get("/").param("lang", "ru").with(as("police")).flashAttr("alert", "hotline.urgent.not-found"))
                .andExpect(content().string(containsString("Срочное обращение не найдено или уже принято.")));
        assertThat(audits("HOTLINE_URGENT_ACKNOWLEDGED", route)).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.RequestBuilder screening(long request) {
        return post("/protection/screenings").with(as("social")).with(csrf()).param("lang", "en")
                .param("request", String.valueOf(request)).param("pathway", "HOTLINE").param("exploitationType", "LABOUR")
                .param("crossBorder", "false").param("indicators", "DOCUMENTS_CONFISCATED").param("presumedVictim", "true")
                .param("grounds", FACTS).param("surname", "Hotlinova").param("givenName", "Aigul").param("sex", "F")
                .param("citizenship", "KAZ").param("regionCode", "KZ-71");
    }

    private long logByApi(String region, String classification, boolean danger) throws Exception {
        String body = mvc.perform(post("/api/v1/hotline/calls").header("Authorization", HOTLINE).contentType(MediaType.APPLICATION_JSON)
                        .content(body(region, classification, danger)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    private static String body(String region, String classification, boolean danger) {
        String facts = classification.equals("LABOUR_RIGHTS") ? "Unpaid for two months, no contract." : FACTS;
        return """
                {"channel":"CALL","anonymous":true,"callerLanguage":"KAZAKH","callbackConsent":false,"facts":"%s",
                 "regionCode":"%s","classification":"%s","namesVictim":false,"callerInDanger":%s}"""
                .formatted(facts, region, classification, danger);
    }

    private org.springframework.test.web.servlet.ResultActions route(long call, String json) throws Exception {
        return mvc.perform(post("/api/v1/hotline/calls/{id}/routes", call).header("Authorization", HOTLINE)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String requestAgency(long call) {
        return jdbc.sql("""
                select p.agency_code from protection_screening_request p join hotline_route r on r.screening_request = p.id
                where r.call_id = ?""").param(call).query(String.class).single();
    }

    private long audits(String action, long subject) {
        return count("select count(*) from audit_entry where action = ? and subject_id = ?", action, String.valueOf(subject));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The form's checkboxes as a browser sends them: a marker for each, the value only when ticked. */
    private static RequestPostProcessor checkboxes() {
        return request -> {
            for (String box : List.of("anonymous", "callbackConsent", "namesVictim", "callerInDanger")) {
                request.addParameter("_" + box, "on");
            }
            return request;
        };
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
