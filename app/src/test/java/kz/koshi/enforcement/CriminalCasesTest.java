package kz.koshi.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.Bin;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
 * Issue 16: the police and the prosecutor register criminal cases under the trafficking-related articles, with suspects
 * through the registry and organisations by BIN, linked to protection cases by number only; the stage moves on with
 * its day; every act and every read audited; nobody else sees the register; bad input is refused with nothing stored.
 */
@DatabaseTest
@RecordApplicationEvents
class CriminalCasesTest {

    static final String POLICE = "Bearer koshi-demo-police";
    static final String PROSECUTOR = "Bearer koshi-demo-prosecutor";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    IdentityResolution identity;
    @Autowired
    KazakhstanCalendar calendar;

    @Test
    void theProsecutorRegistersACaseLinkedToAProtectionCaseAndSeesItsNumberButNothingOfTheVictim() throws Exception {
        var victim = jdbc.sql("select case_number, pseudonym, person_number from protection_case order by id").query(
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().stream()
                .filter(v -> identity.person(v[2]).map(PersonSummary::givenName).isPresent()).findFirst().orElseThrow();
        PersonSummary victimPerson = identity.person(victim[2]).orElseThrow();
        PersonSummary suspect = someone(0);
        String bin = Bin.complete("07044009001").value();
        LocalDate opened = calendar.today().minusDays(40);
        String location = mvc.perform(post("/enforcement/cases").with(as("prosecutor")).with(csrf()).param("reference", "GP-T-1")
                        .param("article", "128").param("stage", "OPENED").param("regionCode", "KZ-71")
                        .param("openedOn", opened.toString()).param("suspectPersons", suspect.personNumber())
                        .param("suspectOrganisations", bin).param("protectionCases", victim[0]))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "enforcement.case.registered"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(events.stream(CriminalCaseRegistered.class).filter(e -> e.caseId() == id))
                .containsExactly(new CriminalCaseRegistered(id, "128", CriminalStage.OPENED, "KZ-71", opened, 2));
        assertThat(audits("CRIMINAL_CASE_REGISTERED", id)).isEqualTo(1);

        long reads = audits("CRIMINAL_CASE_READ", id);
        String page = mvc.perform(get("/enforcement/cases/{id}", id).param("lang", "en").with(as("prosecutor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(victim[0])))
                .andExpect(content().string(containsString(suspect.surname())))
                .andExpect(content().string(containsString(bin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(victim[1]).doesNotContain(victimPerson.givenName()).doesNotContain("/protection/cases/")
                .doesNotContain("работодатель удерживал");
        assertThat(audits("CRIMINAL_CASE_READ", id)).isEqualTo(reads + 1);
        // The API says the same: numbers only.
        String json = mvc.perform(get("/api/v1/enforcement/cases/{id}", id).header("Authorization", PROSECUTOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.protectionCases[0]").value(victim[0]))
                .andExpect(jsonPath("$.suspects[0].personNumber").value(suspect.personNumber()))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(victim[1]).doesNotContain(victimPerson.givenName());
        assertThat(audits("CRIMINAL_CASE_READ", id)).isEqualTo(reads + 2);
        // The events carry no name.
        assertThat(events.stream().filter(e -> e.getClass().getPackageName().equals("kz.koshi.enforcement")).map(Object::toString))
                .noneMatch(s -> s.contains(suspect.surname()) || s.contains(victim[1]));
    }

    @Test
    void theStageMovesOnWithItsDayEachChangeAuditedAndPublished() throws Exception {
        LocalDate opened = calendar.today().minusDays(100);
        long id = register(POLICE, body("MVD-S-1", "135", "KZ-75", opened, "[]", "[]")).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString().transform(s -> JsonPath.<Number>read(s, "$.id").longValue());
        stage(id, "CONVICTED", opened.plusDays(5)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        stage(id, "INVESTIGATION", opened.minusDays(1)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        stage(id, "INVESTIGATION", calendar.today().plusDays(3)).andExpect(status().isBadRequest());
        stage(id, "INVESTIGATION", LocalDate.of(1, 1, 1)).andExpect(status().isBadRequest());
        stage(id, "NOPE", opened).andExpect(status().isBadRequest());
        stage(id, "INVESTIGATION", opened.plusDays(10)).andExpect(status().isNoContent());
        assertThat(events.stream(CriminalCaseStageChanged.class).filter(e -> e.caseId() == id))
                .containsExactly(new CriminalCaseStageChanged(id, "135", CriminalStage.INVESTIGATION, "KZ-75", opened.plusDays(10)));
        // The prosecutor moves it on in court from the page; a day before the investigation's is refused.
        mvc.perform(post("/enforcement/cases/{id}/stage", id).with(as("prosecutor")).with(csrf()).param("stage", "COURT")
                .param("on", opened.plusDays(9).toString())).andExpect(flash().attribute("alert", "enforcement.case.stage-day-before-last"));
        mvc.perform(post("/enforcement/cases/{id}/stage", id).with(as("prosecutor")).with(csrf()).param("stage", "COURT")
                .param("on", opened.plusDays(60).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))))
                .andExpect(flash().attribute("notice", "enforcement.case.stage-changed"));
        stage(id, "CONVICTED", opened.plusDays(90)).andExpect(status().isNoContent());
        stage(id, "DISCONTINUED", opened.plusDays(95)).andExpect(status().isBadRequest());
        assertThat(audits("CRIMINAL_CASE_STAGE_CHANGED", id)).isEqualTo(3);
        assertThat(count("select count(*) from enforcement_case_stage where case_id = ?", id)).isEqualTo(4);
        mvc.perform(get("/enforcement/cases/{id}", id).param("lang", "kk").with(as("police"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Айыптау үкімі")))
                .andExpect(content().string(not(containsString("id=\"stage-change\""))));
        stage(987654321L, "COURT", opened).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedClearlyWithNothingStored() throws Exception {
        long cases = count("select count(*) from enforcement_case");
        long suspects = count("select count(*) from enforcement_case_suspect");
        LocalDate opened = calendar.today().minusDays(10);
        String good = body("MVD-BAD-1", "128", "KZ-71", opened, "[]", "[]");
        List<String[]> bad = List.of(
                new String[] {good.replace("\"128\"", "\"999\""), "article"},
                new String[] {good.replace("\"128\"", "\"191\""), "article"},
                new String[] {good.replace("\"KZ-71\"", "\"KZ-00\""), "regionCode"},
                new String[] {good.replace("\"KZ-71\"", "\"KZ-YUZ\""), "regionCode"},
                new String[] {good.replace(opened.toString(), calendar.today().plusDays(2).toString()), "openedOn"},
                new String[] {good.replace(opened.toString(), "0001-01-01"), "openedOn"},
                new String[] {good.replace("\"stageOn\":null", "\"stageOn\":\"" + opened.minusDays(1) + "\""), "stageOn"},
                new String[] {good.replace("MVD-BAD-1", "x".repeat(10_000)), "reference"},
                new String[] {good.replace("\"MVD-BAD-1\"", "null"), "reference"},
                new String[] {good.replace("\"protectionCases\":[]", "\"protectionCases\":[\"TIP-1999-000001\"]"), "protectionCases[0]"},
                new String[] {body("MVD-BAD-1", "128", "KZ-71", opened, "[\"KP000000000\"]", "[]"), "suspectPersons[0]"},
                new String[] {body("MVD-BAD-1", "128", "KZ-71", opened, "[\"000000000000\"]", "[]"), "suspectPersons[0]"},
                new String[] {body("MVD-BAD-1", "128", "KZ-71", opened, "[]", "[\"180540001007\"]"), "suspectOrganisations[0]"});
        for (String[] b : bad) {
            register(POLICE, b[0]).andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                    .andExpect(jsonPath("$.errors[0].field").value(containsString(b[1].replaceAll("\\[0]$", ""))));
        }
        register(POLICE, good.replace("\"stage\":\"OPENED\"", "\"stage\":\"SOMEWHERE\"")).andExpect(status().isBadRequest());
        register(POLICE, "{").andExpect(status().isBadRequest());
        register(POLICE, "{\"suspectPersons\":[null]}").andExpect(status().isBadRequest());
        mvc.perform(post("/enforcement/cases").with(as("police")).with(csrf()).param("reference", "MVD-BAD-2").param("article", "999")
                        .param("stage", "OPENED").param("regionCode", "KZ-71").param("openedOn", opened.toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "article"));
        mvc.perform(post("/enforcement/cases").with(as("police")).with(csrf()).param("reference", "MVD-BAD-2").param("article", "128")
                        .param("stage", "OPENED").param("regionCode", "KZ-71").param("openedOn", opened.toString())
                        .param("suspectPersons", "KP000000000\nnobody"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "suspectPersons"));
        mvc.perform(post("/enforcement/cases").with(as("police")).with(csrf()).param("lang", "kk").param("reference", "")
                        .param("article", "").param("regionCode", "").param("stage", "OPENED"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "reference", "article", "openedOn"))
                .andExpect(content().string(containsString("Ведомстводағы іс нөмірі")));
        mvc.perform(post("/enforcement/cases").with(as("police")).with(csrf()).param("reference", "MVD-BAD-3").param("article", "128")
                        .param("regionCode", "KZ-71").param("stage", "OPENED").param("openedOn", "nonsense"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "openedOn"));
        mvc.perform(get("/api/v1/enforcement/cases").param("stage", "NOPE").header("Authorization", POLICE)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/enforcement/cases").param("year", "20x6").header("Authorization", POLICE)).andExpect(status().isBadRequest());
        mvc.perform(get("/enforcement/cases").param("stage", "NOPE").param("year", "x").with(as("police"))).andExpect(status().isOk());
        assertThat(count("select count(*) from enforcement_case")).isEqualTo(cases);
        assertThat(count("select count(*) from enforcement_case_suspect")).isEqualTo(suspects);
    }

    @Test
    void anAgencysReferenceIsUsedOnceEvenWhenFiftyIdenticalPostsArriveTogether() throws Exception {
        String body = body("MVD-BURST-1", "309", "KZ-79", calendar.today().minusDays(3), "[]", "[]");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            posts.add(() -> register(POLICE, body).andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(posts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(count("select count(*) from enforcement_case where case_reference = 'MVD-BURST-1'")).isEqualTo(1);
        register(POLICE, body).andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:koshi:problem:conflict"));
        // Another agency's own numbering may hold the same reference.
        register(PROSECUTOR, body).andExpect(status().isCreated());
    }

    @Test
    void aPersonIsFoundByIinAndTheRegisterFiltersByArticleStageRegionAndYear() throws Exception {
        PersonSummary byIin = jdbcPersons().stream().filter(p -> p.nationalId() != null).findFirst().orElseThrow();
        LocalDate opened = LocalDate.of(calendar.today().getYear() - 1, 3, 14);
        long id = JsonPath.<Number>read(register(POLICE, body("MVD-IIN-1", "125", "KZ-62", opened, "[\"" + byIin.nationalId() + "\"]", "[]"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").longValue();
        assertThat(jdbc.sql("select person_number from enforcement_case_suspect where case_id = ?").param(id).query(String.class).single())
                .isEqualTo(byIin.personNumber());
        mvc.perform(get("/api/v1/enforcement/cases").param("article", "125").param("region", "KZ-62")
                        .param("year", String.valueOf(opened.getYear())).header("Authorization", POLICE))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]").exists())
                .andExpect(jsonPath("$[?(@.article != '125')]").doesNotExist())
                .andExpect(content().string(not(containsString(byIin.surname()))));
        mvc.perform(get("/enforcement/cases").param("article", "125").param("stage", "OPENED").param("region", "KZ-62")
                        .param("lang", "ru").with(as("prosecutor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MVD-IIN-1")));
        mvc.perform(get("/enforcement/cases").param("article", "128").param("region", "KZ-62").with(as("prosecutor")))
                .andExpect(content().string(not(containsString("MVD-IIN-1"))));
        mvc.perform(get("/enforcement/cases").param("year", String.valueOf(opened.getYear() - 5)).with(as("police")))
                .andExpect(content().string(not(containsString("MVD-IIN-1"))));
    }

    @Test
    void onlyThePoliceAndTheProsecutorSeeTheRegister() throws Exception {
        long id = jdbc.sql("select min(id) from enforcement_case").query(Long.class).single();
        for (String keeper : List.of("police", "prosecutor")) {
            mvc.perform(get("/").param("lang", "en").with(as(keeper))).andExpect(content().string(containsString("href=\"/enforcement/cases\"")));
            mvc.perform(get("/enforcement/cases").with(as(keeper))).andExpect(status().isOk());
            mvc.perform(get("/enforcement/cases/new").with(as(keeper))).andExpect(status().isOk());
        }
        long reads = audits("CRIMINAL_CASE_READ", id);
        for (String other : List.of("border", "labour", "akimat", "career", "social", "supervisor", "analyst", "agency", "guardian",
                "hotline", "admin", "mfa")) {
            mvc.perform(get("/").param("lang", "en").with(as(other))).andExpect(content().string(not(containsString("/enforcement/cases"))));
            mvc.perform(get("/enforcement/cases").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/enforcement/cases/new").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/enforcement/cases/{id}", id).with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/enforcement/cases/{id}/stage", id).with(as(other)).with(csrf()).param("stage", "COURT")
                    .param("on", calendar.today().toString())).andExpect(status().isForbidden());
        }
        for (String token : List.of("admin", "border", "labour", "akimat", "career", "crisis", "commission", "agency", "hotline", "mfa")) {
            String bearer = "Bearer koshi-demo-" + token;
            mvc.perform(get("/api/v1/enforcement/cases/{id}", id).header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enforcement/cases/nonsense").header("Authorization", bearer)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enforcement/cases").header("Authorization", bearer)).andExpect(status().isForbidden());
            register(bearer, body("T-" + token, "128", "KZ-71", calendar.today(), "[]", "[]")).andExpect(status().isForbidden());
        }
        assertThat(audits("CRIMINAL_CASE_READ", id)).isEqualTo(reads);
        mvc.perform(get("/api/v1/enforcement/cases/{id}", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void theDemoRegisterIsBelievable() {
        assertThat(count("select count(*) from enforcement_case where registered_by in ('police', 'prosecutor')")).isGreaterThanOrEqualTo(40);
        assertThat(jdbc.sql("select distinct article from enforcement_case").query(String.class).list())
                .contains("128", "135", "308", "309", "125");
        assertThat(count("select count(distinct region_code) from enforcement_case")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from enforcement_case_protection")).isGreaterThan(0);
        assertThat(count("select count(*) from enforcement_case_suspect where bin is not null")).isGreaterThan(0);
        assertThat(count("select count(*) from enforcement_case_suspect where person_number is not null")).isGreaterThan(10);
        assertThat(count("select count(distinct stage) from enforcement_case")).isEqualTo(5);
    }

    private List<PersonSummary> jdbcPersons() {
        List<PersonSummary> found = new ArrayList<>();
        for (long n = 1; n <= 60; n++) {
            identity.registered(kz.koshi.identity.PersonNumber.fromSequence(n).value()).ifPresent(found::add);
        }
        return found;
    }

    private PersonSummary someone(int index) {
        return jdbcPersons().get(index);
    }

    private ResultActions register(String bearer, String json) throws Exception {
        return mvc.perform(post("/api/v1/enforcement/cases").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions stage(long id, String stage, LocalDate on) throws Exception {
        return mvc.perform(post("/api/v1/enforcement/cases/{id}/stage", id).header("Authorization", POLICE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"" + stage + "\",\"on\":\"" + on + "\"}"));
    }

    private static String body(String reference, String article, String region, LocalDate opened, String persons, String organisations) {
        return """
                {"reference":"%s","article":"%s","stage":"OPENED","regionCode":"%s","openedOn":"%s","stageOn":null,
                 "suspectPersons":%s,"suspectOrganisations":%s,"protectionCases":[]}"""
                .formatted(reference, article, region, opened, persons, organisations);
    }

    private long audits(String action, long subject) {
        return count("select count(*) from audit_entry where action = ? and subject_id = ?", action, String.valueOf(subject));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
