package kz.koshi.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 17: every dashboard's aggregates as JSON, the same filters, ProblemDetails for bad input, 403 for other tokens. */
@DatabaseTest
@Import(FixedFigures.class)
class ReportApiTest {

    static final String COMMISSION = "Bearer koshi-demo-commission";
    static final String LABOUR = "Bearer koshi-demo-labour";
    static final String PROSECUTOR = "Bearer koshi-demo-prosecutor";

    @Autowired
    MockMvc mvc;

    @Test
    void aFigureByADimensionUnderTheFilter() throws Exception {
        mvc.perform(get("/api/v1/reports/figures/ENTRIES").param("by", "REGION").param("from", "2026-01-01").param("to", "2026-01-31")
                        .param("sex", "FEMALE").header("Authorization", COMMISSION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figure").value("ENTRIES")).andExpect(jsonPath("$.panel").value("MIGRATION"))
                .andExpect(jsonPath("$.status").value("COUNTED")).andExpect(jsonPath("$.by").value("REGION"))
                .andExpect(jsonPath("$.filter.from").value("2026-01-01")).andExpect(jsonPath("$.filter.sex").value("FEMALE"))
                .andExpect(jsonPath("$.cells", hasSize(3))).andExpect(jsonPath("$.cells[0].key").value("KZ-75"))
                .andExpect(jsonPath("$.cells[0].count").value(40 * 12 / 3))
                .andExpect(jsonPath("$.total").value(40 * 12 + 0 + 1 + 2));
    }

    @Test
    void aPanelGivesEveryFigureAndSaysWhichAreNotCountedOrNotCarried() throws Exception {
        mvc.perform(get("/api/v1/reports/panels/ENFORCEMENT").param("citizenship", "UZB").header("Authorization", PROSECUTOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures", hasSize((int) java.util.Arrays.stream(kz.koshi.reporting.Figure.values())
                        .filter(f -> f.panel() == kz.koshi.reporting.Panel.ENFORCEMENT).count())))
                .andExpect(jsonPath("$.figures[0].figure").value("HOTLINE_CALLS"))
                .andExpect(jsonPath("$.figures[0].status").value("FILTER_NOT_CARRIED"))
                .andExpect(jsonPath("$.figures[0].filtersNotCarried[0]").value("citizenship"))
                .andExpect(jsonPath("$.figures[1].status").value("COUNTED"))
                .andExpect(jsonPath("$.figures[3].figure").value("RAIDS")).andExpect(jsonPath("$.figures[3].status").value("NOT_COUNTED"));
    }

    @Test
    void protectionCellsPassDisclosureInTheApiToo() throws Exception {
        mvc.perform(get("/api/v1/reports/figures/VICTIMS_SERVED").param("by", "AGE_GROUP").header("Authorization", LABOUR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells[4].key").value("FROM_60"))
                .andExpect(jsonPath("$.cells[4].count").value(nullValue()))
                .andExpect(jsonPath("$.cells[4].suppressed").value(true));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/reports/figures/NOTHING, '', '', 404, urn:koshi:problem:not-found",
            "/api/v1/reports/panels/NOTHING, '', '', 404, urn:koshi:problem:not-found",
            "/api/v1/reports/figures/ENTRIES, by, WEEKDAY, 400, urn:koshi:problem:validation",
            "/api/v1/reports/figures/HOTLINE_CALLS, by, CITIZENSHIP, 400, urn:koshi:problem:validation",
            "/api/v1/reports/figures/HOTLINE_CALLS, citizenship, UZB, 400, urn:koshi:problem:validation",
            "/api/v1/reports/figures/ENTRIES, from, 0001-01-01, 400, urn:koshi:problem:validation",
            "/api/v1/reports/figures/ENTRIES, to, 2026-02-30, 400, urn:koshi:problem:validation",
            "/api/v1/reports/panels/MIGRATION, sex, X, 400, urn:koshi:problem:validation",
            "/api/v1/reports/panels/MIGRATION, ageGroup, OLD, 400, urn:koshi:problem:validation",
            "/api/v1/reports/panels/MIGRATION, citizenship, ZZZ, 400, urn:koshi:problem:validation"})
    void badInputIsAProblemDetail(String path, String name, String value, int status, String type) throws Exception {
        var request = get(path).header("Authorization", COMMISSION);
        if (!name.isEmpty()) {
            request.param(name, value);
        }
        mvc.perform(request).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value(type));
    }

    @Test
    void aReversedPeriodAndAHugeRegionNameTheirFields() throws Exception {
        mvc.perform(get("/api/v1/reports/panels/MIGRATION").param("from", "2026-05-01").param("to", "2026-04-01")
                        .param("region", "K".repeat(10_000)).header("Authorization", COMMISSION))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("to")).andExpect(jsonPath("$.errors[1].field").value("region"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"koshi-demo-border", "koshi-demo-police", "koshi-demo-akimat", "koshi-demo-career", "koshi-demo-crisis",
            "koshi-demo-agency", "koshi-demo-hotline", "koshi-demo-mfa", "koshi-demo-admin", "koshi-made-up-token"})
    void tokensWithoutReportingReadAreRefusedAtTheDoorBeforeTheirInputIsRead(String token) throws Exception {
        for (String path : List.of("/api/v1/reports/figures/ENTRIES", "/api/v1/reports/figures/NOTHING", "/api/v1/reports/panels/NOTHING")) {
            int status = mvc.perform(get(path).param("from", "bad").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(token + " " + path).isIn(401, 403);
        }
    }

    @Test
    void theLabourMinistryReadsItsPanelsButNotEnforcement() throws Exception {
        mvc.perform(get("/api/v1/reports/panels/ENFORCEMENT").param("from", "bad").header("Authorization", LABOUR))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:koshi:problem:forbidden"));
        mvc.perform(get("/api/v1/reports/figures/CRIMES").header("Authorization", LABOUR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/panels/KANDAS").header("Authorization", LABOUR)).andExpect(status().isOk());
    }

    @Test
    void fiftySimultaneousIdenticalRequestsAllAnswerTheSame() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(() -> mvc.perform(get("/api/v1/reports/panels/MIGRATION").param("from", "2026-01-01").param("to", "2026-06-30")
                        .header("Authorization", COMMISSION)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            assertThat(answers).hasSize(50).allSatisfy(a -> assertThat(a).isEqualTo(answers.getFirst()));
        } finally {
            pool.shutdown();
        }
    }
}
