package kz.koshi.reporting.open;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Open data for anyone, counts only, no small count visible; nothing else of reporting is public. */
@DatabaseTest
@Import(PeopleFigures.class)
class OpenDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KazakhstanCalendar calendar;

    private int lastYear() {
        return calendar.today().getYear() - 1;
    }

    @Test
    void anyoneReadsThePageInEachLanguageWithTheFiles() throws Exception {
        for (String[] lang : new String[][] {{"ru", "Открытые данные"}, {"kk", "Ашық деректер"}, {"en", "Open data"}}) {
            String page = mvc.perform(get("/public/open-data").param("lang", lang[0])).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(lang[1]).contains("/api/v1/public/open-data/" + lastYear() + ".csv")
                    .contains("/api/v1/public/open-data/" + lastYear() + ".json")
                    .doesNotContain("/api/v1/public/open-data/" + calendar.today().getYear() + ".csv");
        }
    }

    @Test
    void theCsvShowsNoCountOfOneToFourAndHidesSome() throws Exception {
        String csv = mvc.perform(get("/api/v1/public/open-data/{year}.csv", lastYear())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"koshi-open-data-" + lastYear() + ".csv\""))
                .andReturn().getResponse().getContentAsString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.getFirst()).isEqualTo("figure,dimension,period,key,value");
        assertThat(rows).as("two figures, 13 periods, 5 breakdowns").hasSizeGreaterThan(2 * 13 * 10);
        List<String> values = rows.stream().skip(1).map(r -> r.substring(r.lastIndexOf(',') + 1)).toList();
        assertThat(values).allMatch(v -> v.equals("x") || v.equals("0") || Long.parseLong(v) >= 5);
        assertThat(values).contains("x").anyMatch(v -> !v.equals("x"));
        assertThat(rows).allMatch(r -> r.startsWith("VICTIMS_IDENTIFIED,") || r.startsWith("CASES_OPENED,") || r.startsWith("figure,"));
    }

    @Test
    void theJsonHidesSmallTotalsToo() throws Exception {
        mvc.perform(get("/api/v1/public/open-data/{year}.json", lastYear())).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(lastYear()))
                .andExpect(jsonPath("$.suppressed").value("x"))
                .andExpect(jsonPath("$.tables[?(@.total != 'x' && @.total > 0 && @.total < 5)]").isEmpty())
                .andExpect(jsonPath("$.tables[*].cells[?(@.value != 'x' && @.value > 0 && @.value < 5)]").isEmpty())
                .andExpect(jsonPath("$.tables[0].period").value(lastYear() + "-01"));
        mvc.perform(get("/api/v1/public/open-data")).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].year").value(lastYear()))
                .andExpect(jsonPath("$.files[0].csv").value("/api/v1/public/open-data/" + lastYear() + ".csv"));
    }

    @Test
    void aYearNotPublishedIsRefusedAsAProblem() throws Exception {
        String thisYear = String.valueOf(calendar.today().getYear());
        for (String year : List.of(thisYear, "1999", "0001", "abcd", "2025.5", "9".repeat(10_000))) {
            mvc.perform(get("/api/v1/public/open-data/" + year + ".csv")).andExpect(status().is4xxClientError())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void nothingElseOfTheStatisticsIsPublic() throws Exception {
        mvc.perform(get("/api/v1/reports/panels/PROTECTION")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/figures/VICTIMS_IDENTIFIED")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/protection/statistics").param("year", "2025")).andExpect(status().isUnauthorized());
        mvc.perform(get("/reports/PROTECTION")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/login")));
    }

    @Test
    void fiftyReadersAtOnceGetTheSameFile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(() -> mvc.perform(get("/api/v1/public/open-data/{year}.csv", lastYear() - 1))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                bodies.add(f.get());
            }
            assertThat(bodies).hasSize(50).allMatch(b -> b.equals(bodies.getFirst()));
        } finally {
            pool.shutdownNow();
        }
    }
}
