package kz.koshi.stay;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class StayPagesTest {

    @Autowired
    MockMvc mvc;

    private String enter() throws Exception {
        return enter("SP4400001", "DAVLATOVA", "MEHRONA", "1983-07-19");
    }

    private String enter(String document, String surname, String given, String birthDate) throws Exception {
        return enter(document, surname, given, birthDate, LocalDate.now().minusDays(9));
    }

    private String enter(String document, String surname, String given, String birthDate, LocalDate on) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "RAIL-SARYAGASH", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "TJK"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "TJK", "purpose": "WORK"}""".formatted(on, document, surname, given, birthDate);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    @Test
    @WithUserDetails("police")
    void thePoliceOfficerSeesTheStayFileRegistersAndTheLedgerCounts() throws Exception {
        String person = enter();
        mvc.perform(get("/stay/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registration overdue")))
                .andExpect(content().string(containsString("10 days across all visits")))
                .andExpect(content().string(containsString("Migrant card issued")));
        mvc.perform(post("/stay/persons/" + person + "/registrations").with(csrf()).param("personNumber", person)
                        .param("party", "POLICE").param("basis", "ORDINARY").param("validFrom", LocalDate.now().toString())
                        .param("validUntil", LocalDate.now().plusDays(60).toString()).param("address", "Astana"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/stay/persons/" + person).param("lang", "en"))
                .andExpect(content().string(containsString("registrations: 1")))
                .andExpect(content().string(containsString("Missed registration")));
        mvc.perform(get("/stay").param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Тіркеу мерзімін бұзу")));
    }

    @Test
    @WithUserDetails("police")
    void thePoliceOfficerRecordsACourtExpulsionAndSeesTheEntryBanItBrought() throws Exception {
        String person = enter("SP4400077", "NAZAROVA", "SHAHLO", "1990-11-02");
        LocalDate decided = LocalDate.now().minusDays(1);
        mvc.perform(get("/stay/persons/" + person)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Решений о выдворении нет.")))
                .andExpect(content().string(containsString("href=\"/border/persons/" + person + "\"")));
        mvc.perform(get("/stay")).andExpect(content().string(containsString("href=\"/border/persons\"")));
        mvc.perform(post("/stay/persons/" + person + "/expulsions").with(csrf()).param("personNumber", person).param("confirmed", "true")
                        .param("courtAct", "Сарыаркинский райсуд, № 7199-26-00-3/512").param("decidedOn", decided.toString())
                        .param("leaveBy", decided.minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Срок выезда раньше даты решения.")));
        mvc.perform(post("/stay/persons/" + person + "/expulsions").with(csrf()).param("personNumber", person).param("confirmed", "true")
                        .param("courtAct", "").param("decidedOn", "").param("leaveBy", decided.plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Заполните это поле.")));
        mvc.perform(post("/stay/persons/" + person + "/expulsions").with(csrf()).param("personNumber", person)
                        .param("courtAct", "Сарыаркинский райсуд, № 7199-26-00-3/512").param("decidedOn", decided.toString())
                        .param("leaveBy", decided.plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Подтвердите действие: отметьте флажок.")))
                .andExpect(content().string(containsString("Решений о выдворении нет.")));
        mvc.perform(post("/stay/persons/" + person + "/expulsions").with(csrf()).param("personNumber", person).param("confirmed", "true")
                        .param("courtAct", "Сарыаркинский райсуд, № 7199-26-00-3/512").param("decidedOn", decided.toString())
                        .param("leaveBy", decided.plusDays(10).toString()))
                .andExpect(redirectedUrl("/stay/persons/" + person));
        mvc.perform(post("/stay/persons/" + person + "/expulsions").with(csrf()).param("personNumber", person).param("confirmed", "true")
                        .param("courtAct", "Сарыаркинский райсуд, № 7199-26-00-3/512").param("decidedOn", decided.toString())
                        .param("leaveBy", decided.plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Это решение суда уже внесено.")));
        mvc.perform(get("/stay/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("from " + decided + " until " + decided.plusYears(5))))
                .andExpect(content().string(containsString("Court expulsion ordered")));
    }

    @Test
    @WithUserDetails("border")
    void aBorderOfficerCannotRecordAnExpulsion() throws Exception {
        String person = enter("SP4400078", "KARIMOVA", "NIGINA", "1992-04-05");
        mvc.perform(get("/stay/persons/" + person)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"courtAct\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"registration-form\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"permit-form\""))));
        mvc.perform(post("/stay/persons/" + person + "/expulsions").with(csrf()).param("personNumber", person).param("confirmed", "true")
                        .param("courtAct", "№ 1").param("decidedOn", LocalDate.now().toString())
                        .param("leaveBy", LocalDate.now().plusDays(5).toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("police")
    void thePermitFormShowsWhatIsMissingAndWhyTheRulesRefuseInsteadOfDroppingIt() throws Exception {
        String person = enter("SP4400079", "SHARIPOVA", "DILNOZA", "1988-02-14");
        mvc.perform(post("/stay/persons/" + person + "/permits").with(csrf()).param("lang", "en").param("personNumber", person)
                        .param("kind", "DOMESTIC_WORKER").param("employer", "880101300123").param("validFrom", "2026-12-01")
                        .param("validUntil", "2026-12-31").param("months", "").param("taxPaid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the marked fields.")))
                .andExpect(content().string(containsString("Enter the term of a domestic-worker permit: 1, 2 or 3 months.")));
        mvc.perform(post("/stay/persons/" + person + "/permits").with(csrf()).param("lang", "en").param("personNumber", person)
                        .param("kind", "EMPLOYER_QUOTA").param("employer", "990340001234").param("validFrom", "2027-02-01")
                        .param("validUntil", "2027-12-31").param("months", "").param("taxPaid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No annual quota for employer permits is configured")));
        mvc.perform(post("/stay/persons/" + person + "/permits").with(csrf()).param("personNumber", person)
                        .param("kind", "EMPLOYER_QUOTA").param("employer", "990340001234").param("validFrom", "2026-12-10")
                        .param("validUntil", "2027-06-30").param("months", "").param("taxPaid", ""))
                .andExpect(redirectedUrl("/stay/persons/" + person));
        mvc.perform(post("/stay/persons/" + person + "/permits").with(csrf()).param("lang", "en").param("personNumber", person)
                        .param("kind", "EMPLOYER_QUOTA").param("employer", "990340001234").param("validFrom", "2026-12-10")
                        .param("validUntil", "2027-06-30").param("months", "").param("taxPaid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This permit is already on record.")));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** An open violation in the queue, so that the queue's buttons (or their absence) can be seen. */
    private void openViolation(String person) {
        jdbc.sql("""
                insert into stay_violation (person_number, kind, since, days, sanction, state, detected_at, detected_by)
                values (?, 'OVERSTAY', ?, 1, 'WARNING', 'OPEN', current_timestamp, 'SWEEP')""")
                .params(person, LocalDate.of(2020, 1, 1)).update();
    }

    @Test
    @WithUserDetails("police")
    void theStayFileShowsAnEntryWithNoExitOnRecordBeforeIt() throws Exception {
        String person = enter("SP4400083", "RASULOVA", "FERUZA", "1987-01-08", LocalDate.now().minusDays(120));
        enter("SP4400083", "RASULOVA", "FERUZA", "1987-01-08", LocalDate.now().minusDays(2));
        mvc.perform(get("/stay/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Entry with no exit on record")))
                .andExpect(content().string(containsString("No exit on record")))
                .andExpect(content().string(containsString(LocalDate.now().minusDays(120) + " → ?")));
    }

    @Test
    @WithUserDetails("akimat")
    void anAkimatOfficerSeesTheRegistrationFormOnlyAndNoHandledButtons() throws Exception {
        String person = enter("SP4400080", "TURSUNOVA", "MADINA", "1985-09-30");
        openViolation(person);
        mvc.perform(get("/stay")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("/handling"))));
        mvc.perform(get("/stay/persons/" + person)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"registration-form\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"permit-form\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"courtAct\""))));
    }

    @Test
    @WithUserDetails("prosecutor")
    void aProsecutorReadsTheStayPagesWithoutForms() throws Exception {
        String person = enter("SP4400081", "YULDASHEVA", "GULNORA", "1979-03-12");
        openViolation(person);
        mvc.perform(get("/stay")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("/handling"))));
        mvc.perform(get("/stay/persons/" + person)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("action=\"/stay/persons/" + person + "/"))));
    }

    @Test
    @WithUserDetails("police")
    void theMigrationPoliceSeesTheHandledButtons() throws Exception {
        String person = enter("SP4400082", "JURAEVA", "SEVARA", "1991-06-21");
        openViolation(person);
        mvc.perform(get("/stay")).andExpect(content().string(containsString("/handling")));
    }

    @Test
    @WithUserDetails("police")
    void anUnknownPersonIsAPageNotAnError() throws Exception {
        mvc.perform(get("/stay/persons/KP999999999")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("social")
    void socialWorkersDoNotSeeStayFiles() throws Exception {
        mvc.perform(get("/stay")).andExpect(status().isForbidden());
    }
}
