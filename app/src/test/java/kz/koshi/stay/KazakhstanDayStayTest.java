package kz.koshi.stay;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import kz.koshi.DatabaseTest;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A stay is counted in Astana's days: an entry at 00:30 in Astana (19:30 UTC) is on Astana's day, not UTC's previous one. */
@DatabaseTest
class KazakhstanDayStayTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KazakhstanCalendar calendar;

    private String enter(String passport, String surname, String given, String born, String at) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "DEU"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "DEU", "purpose": "TOURISM"}""".formatted(at, passport, surname, given, born);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(receipt, "$.personNumber");
    }

    private String statusOf(String person) throws Exception {
        return mvc.perform(get("/api/v1/stay/persons/" + person + "/status").header("Authorization", StayApiTest.POLICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int overstayDays(String status) {
        java.util.List<Number> days = JsonPath.read(status, "$.violations[?(@.kind == 'OVERSTAY')].days");
        return days.getFirst().intValue();
    }

    @Test
    void anEntryAt0030InAstanaCountsFromThatDayAndOneAt2359FromTheDayBefore() throws Exception {
        LocalDate day = calendar.today().minusDays(40);
        String afterMidnight = statusOf(enter("C7KZ00001", "BRANDT", "HANNA", "1984-05-05", day + "T19:30:00Z"));
        String beforeMidnight = statusOf(enter("C7KZ00002", "KELLER", "URSULA", "1961-11-17", day + "T18:59:00Z"));

        assertThat((String) JsonPath.read(afterMidnight, "$.presentSince")).isEqualTo(day.plusDays(1).toString());
        assertThat((String) JsonPath.read(beforeMidnight, "$.presentSince")).isEqualTo(day.toString());
        assertThat((String) JsonPath.read(afterMidnight, "$.on")).isEqualTo(calendar.today().toString());
        int daysAfter = JsonPath.read(afterMidnight, "$.currentStayDays");
        int daysBefore = JsonPath.read(beforeMidnight, "$.currentStayDays");
        assertThat(daysBefore - daysAfter).isEqualTo(1);
        assertThat((String) JsonPath.read(afterMidnight, "$.status")).isEqualTo("OVERSTAY");
        assertThat(overstayDays(beforeMidnight) - overstayDays(afterMidnight)).as("an overstay counted in Astana's days").isEqualTo(1);
    }
}
