package kz.koshi.border;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.KazakhstanCalendar;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static kz.koshi.border.CrossingApiTest.BORDER;
import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #13: the person page's timelines name the checkpoint and the source in the viewer's language (never
 * {@code ROAD-ZHIBEK} or {@code border}), and an event known only by its day (a ban from) is shown as that date,
 * not as "00:00 (Astana)".
 */
@DatabaseTest
class PersonTimelineNamesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KazakhstanCalendar calendar;

    @Test
    @WithUserDetails("police")
    void theTimelineNamesCheckpointAndSourceAndShowsADayAsADate() throws Exception {
        String person = field(mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                        .content(crossing("ENTRY", "TL7000001", "NURMATOV", "2026-03-01T08:00:00Z", "AZIZ", "1984-02-11")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "personNumber");
        LocalDate today = calendar.today();
        mvc.perform(post("/border/persons/" + person + "/bans").with(csrf()).param("personNumber", person).param("kind", "ENTRY_BAN")
                .param("reason", "DEPORTATION").param("basis", "Решение МВД № 15-2/78").param("validFrom", today.toString())
                .param("validUntil", "")).andExpect(status().is3xxRedirection());

        String timeline = page("/persons/" + person + "?lang=ru").select("ol.timeline").text();
        assertThat(timeline).contains("Въезд через Жибек жолы", "«Пограничная служба»", today + " Запрет въезда")
                .doesNotContain("ROAD-ZHIBEK", "«border»", "00:00 (");
        assertThat(page("/persons/" + person + "?lang=kk").select("ol.timeline").text()).contains("Жібек жолы");

        String stayFile = page("/stay/persons/" + person + "?lang=en").select("ol.timeline").text();
        assertThat(stayFile).contains("Zhibek Zholy").doesNotContain("ROAD-ZHIBEK");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
