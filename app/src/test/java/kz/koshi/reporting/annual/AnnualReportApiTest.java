package kz.koshi.reporting.annual;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/reports/annual}: the systems that hold reporting:read get the report; bad choices are ProblemDetails. */
@DatabaseTest
class AnnualReportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KazakhstanCalendar calendar;

    @ParameterizedTest
    @ValueSource(strings = {"koshi-demo-commission", "koshi-demo-labour", "koshi-demo-prosecutor"})
    void theSystemsHoldingReportingGetThePdf(String token) throws Exception {
        long before = generated();
        byte[] pdf = mvc.perform(get("/api/v1/reports/annual").param("lang", "kk").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("-kk.pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(generated()).isEqualTo(before + 1);
    }

    @Test
    void theWorkbookForAYearIsAZipNamedByItsPeriod() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/reports/annual").param("from", "2025-01-01").param("to", "2025-12-31")
                        .param("format", "XLSX").header("Authorization", "Bearer koshi-demo-commission"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("koshi-report-2025-01-01-2025-12-31-en.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        String reason = jdbc.sql("select reason_args from audit_entry where action = 'ANNUAL_REPORT_GENERATED' order by id desc limit 1")
                .query(String.class).single();
        assertThat(reason).contains("2025-01-01", "2025-12-31", "XLSX", "en");
    }

    @Test
    void aFromAloneRunsToTheEndOfItsYear() throws Exception {
        int lastYear = calendar.today().getYear() - 1;
        mvc.perform(get("/api/v1/reports/annual").param("from", lastYear + "-01-01").header("Authorization", "Bearer koshi-demo-commission"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(lastYear + "-01-01-" + lastYear + "-12-31")));
    }

    @ParameterizedTest
    @CsvSource({"2025-06-01,2025-01-01,pdf,en,from", "0001-01-01,2025-01-01,pdf,en,from", "2025-01-01,2025-13-45,pdf,en,to",
            "2025-01-01,2025-12-31,docx,en,format", "2025-01-01,2025-12-31,pdf,fr,lang"})
    void aBadChoiceIsAProblemDetailNamingTheField(String from, String to, String format, String lang, String field) throws Exception {
        mvc.perform(get("/api/v1/reports/annual").param("from", from).param("to", to).param("format", format).param("lang", lang)
                        .header("Authorization", "Bearer koshi-demo-commission"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void aThirtyYearPeriodAndOneEndingTomorrowAreRefused() throws Exception {
        LocalDate today = calendar.today();
        mvc.perform(get("/api/v1/reports/annual").param("from", today.minusYears(30).plusDays(2).toString()).param("to", today.toString())
                        .header("Authorization", "Bearer koshi-demo-commission"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.detail").value("A period of at most 10 years."));
        mvc.perform(get("/api/v1/reports/annual").param("to", today.plusDays(1).toString())
                        .header("Authorization", "Bearer koshi-demo-commission"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"koshi-demo-border", "koshi-demo-police", "koshi-demo-crisis", "koshi-demo-career", "koshi-demo-akimat",
            "koshi-demo-hotline", "koshi-demo-mfa", "koshi-demo-agency", "koshi-demo-admin"})
    void everyOtherSystemIsRefusedAtTheDoorWhateverItAsks(String token) throws Exception {
        long before = generated();
        mvc.perform(get("/api/v1/reports/annual").param("from", "not-a-day").param("format", "docx").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:koshi:problem:forbidden"));
        assertThat(generated()).isEqualTo(before);
    }

    @Test
    void withoutATokenItIsUnauthenticated() throws Exception {
        mvc.perform(get("/api/v1/reports/annual")).andExpect(status().isUnauthorized());
    }

    private long generated() {
        return jdbc.sql("select count(*) from audit_entry where action = 'ANNUAL_REPORT_GENERATED'").query(Long.class).single();
    }
}
