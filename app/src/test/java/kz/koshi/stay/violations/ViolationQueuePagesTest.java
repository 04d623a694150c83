package kz.koshi.stay.violations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The migration police's violation queue (issue 13) over HTTP: names, citizenship and region of a violator who
 * really crossed the border, filters with field errors, the handling with its protocol, the exports, and who may
 * do what, on the page and through the API.
 */
@DatabaseTest
class ViolationQueuePagesTest {

    private static final String POLICE = "Bearer koshi-demo-police";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    /** A Tajik worker entered at Saryagash (Turkestan region) ten days ago and never registered: a missed registration. */
    private String violator(String passport, String surname, String given, String born) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "RAIL-SARYAGASH", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "TJK"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "TJK", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(10), passport, surname, given, born);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String person = receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
        await().atMost(10, TimeUnit.SECONDS).until(() -> jdbc.sql("""
                select count(*) from stay_violation v join stay_violator p on p.person_number = v.person_number
                where v.person_number = ? and v.kind = 'MISSED_REGISTRATION'""").param(person).query(Long.class).single() == 1);
        return person;
    }

    private long violationOf(String person) {
        return jdbc.sql("select id from stay_violation where person_number = ? and kind = 'MISSED_REGISTRATION'").param(person)
                .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    private String page(String username, String query) throws Exception {
        return mvc.perform(as(get("/stay?" + query), username)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theQueueShowsTheViolatorsNameCitizenshipAndRegionAndFiltersOnThem() throws Exception {
        String person = violator("QV1000001", "QODIROVA", "DILNOZA", "1984-03-11");
        String surname = jdbc.sql("select surname from stay_violator where person_number = ?").param(person).query(String.class).single();
        assertThat(surname).isNotBlank();

        String ru = page("police", "region=KZ-61&citizenship=TJK&kind=MISSED_REGISTRATION&from="
                + LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + "&lang=ru");
        assertThat(ru).contains(person, surname, "Туркестанская область", "Таджикистан", "Нарушение срока регистрации")
                .doesNotContain("field-error\">");
        assertThat(page("police", "region=KZ-61&citizenship=UZB&lang=ru")).doesNotContain(person);
        assertThat(page("police", "region=KZ-61&citizenship=TJK&lang=kk")).contains(person, "Түркістан облысы", "Тіркеу мерзімін бұзу");
        assertThat(page("police", "to=" + LocalDate.now().minusDays(1))).doesNotContain(person);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'VIOLATION_QUEUE_VIEWED' and actor = 'police'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void badFiltersAreFieldErrorsNotFailures() throws Exception {
        assertThat(page("police", "from=31.02.2026")).contains("Не дата: напишите день.месяц.год");
        assertThat(page("police", "from=05.05.2026&to=01.05.2026"))
                .contains("«Выявлено с» позже, чем «Выявлено по»: исправьте период.").doesNotContain("id=\"queue\"");
        assertThat(page("police", "region=KZ-YUZ")).contains("Такого региона нет среди действующих");
        assertThat(page("police", "citizenship=XYZ")).contains("Такой страны нет в справочнике");
        assertThat(page("police", "kind=THEFT&sort=SIDEWAYS&page=-3")).contains("Такого типа нарушения нет", "Такой сортировки нет");
        assertThat(page("police", "from=05.05.2026&to=2026-05-06")).contains("value=\"05.05.2026\"", "id=\"queue\"");
        assertThat(page("police", "from=31.02.2026&to=01.01.2026")).contains("value=\"31.02.2026\"", "value=\"01.01.2026\"");
    }

    @Test
    void theOfficerRecordsTheProtocolAndTheViolationLeavesTheOpenList() throws Exception {
        String person = violator("QV1000002", "SAFAROVA", "MUNISA", "1991-07-02");
        long id = violationOf(person);
        assertThat(mvc.perform(as(get("/stay/violations/{id}/handling", id), "police")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(person, "Номер протокола");

        String today = LocalDate.now().toString();
        handle(id, "", "FINE", "", today).andExpect(content().string(containsString("Заполните это поле.")));
        handle(id, "АП-1", "FINE", "", today).andExpect(content().string(containsString("Укажите сумму штрафа в тенге.")));
        handle(id, "АП-1", "WARNING", "5000", today).andExpect(content().string(containsString("При предупреждении штрафа нет")));
        handle(id, "АП-1", "FINE", "5 тысяч", today).andExpect(content().string(containsString("Сумма пишется целым числом тенге")));
        handle(id, "АП-1", "FINE", "-5", today).andExpect(content().string(containsString("больше нуля")));
        handle(id, "=cmd", "FINE", "5000", today).andExpect(content().string(containsString("начинается с буквы или цифры")));
        handle(id, "АП-1", "FINE", "5000", LocalDate.now().minusDays(30).toString())
                .andExpect(content().string(containsString("не может быть раньше начала нарушения")));
        handle(id, "АП-1", "FINE", "5000", "32.13.2026").andExpect(content().string(containsString("Не дата")));
        assertThat(state(id)).isEqualTo("OPEN");

        handle(id, "АП № 0071/26", "FINE", "58980", LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/stay"));
        assertThat(jdbc.sql("select state || '|' || protocol_number || '|' || penalty || '|' || fine_tenge || '|' || handled_by "
                + "from stay_violation where id = ?").param(id).query(String.class).single())
                .isEqualTo("HANDLED|АП № 0071/26|FINE|58980|police");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'VIOLATION_HANDLED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(page("police", "citizenship=TJK&region=KZ-61")).doesNotContain(person);
        assertThat(page("police", "status=HANDLED&citizenship=TJK&region=KZ-61")).contains(person, "протокол АП № 0071/26: штраф");
        handle(id, "АП-2", "WARNING", "", today).andExpect(status().isOk())
                .andExpect(content().string(containsString("Это нарушение уже обработано.")));
        assertThat(jdbc.sql("select protocol_number from stay_violation where id = ?").param(id).query(String.class).single())
                .isEqualTo("АП № 0071/26");
    }

    private org.springframework.test.web.servlet.ResultActions handle(long id, String protocol, String penalty, String fine, String day)
            throws Exception {
        return mvc.perform(as(post("/stay/violations/{id}/handling", id), "police").with(csrf()).param("protocolNumber", protocol)
                .param("penalty", penalty).param("fineTenge", fine).param("handledOn", day));
    }

    private String state(long id) {
        return jdbc.sql("select state from stay_violation where id = ?").param(id).query(String.class).single();
    }

    @Test
    void theProsecutorReadsAndExportsTheQueueButHandlesNothing() throws Exception {
        String person = violator("QV1000003", "RAHIMOVA", "SHAHNOZA", "1979-12-25");
        long id = violationOf(person);
        assertThat(page("prosecutor", "citizenship=TJK&region=KZ-61")).contains(person).doesNotContain("/handling");
        mvc.perform(as(get("/stay/violations/{id}/handling", id), "prosecutor")).andExpect(status().isForbidden());
        mvc.perform(as(post("/stay/violations/{id}/handling", id), "prosecutor").with(csrf()).param("protocolNumber", "X-1")
                .param("penalty", "WARNING").param("handledOn", LocalDate.now().toString())).andExpect(status().isForbidden());
        mvc.perform(as(post("/stay/violations/{id}/handling", id), "akimat").with(csrf()).param("protocolNumber", "X-1")
                .param("penalty", "WARNING").param("handledOn", LocalDate.now().toString())).andExpect(status().isForbidden());
        mvc.perform(as(get("/stay/violations/export").param("format", "CSV"), "prosecutor")).andExpect(status().isOk());
        mvc.perform(as(get("/stay/violations/export").param("format", "CSV"), "social")).andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("OPEN");
    }

    @Test
    void theCsvExportIsUtf8WithBomSemicolonsAndTranslatedHeadersAndIsAudited() throws Exception {
        String person = violator("QV1000004", "NAZAROVA", "ZULFIYA", "1988-05-17");
        long before = exports();
        byte[] csv = mvc.perform(as(get("/stay/violations/export").param("format", "CSV").param("region", "KZ-61")
                        .param("citizenship", "TJK").param("lang", "ru"), "police"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFFНомер лица;ФИО;Гражданство;Регион;Нарушение;");
        assertThat(text).contains(person + ";").contains(";Таджикистан;Туркестанская область;Нарушение срока регистрации;");
        assertThat(exports()).isEqualTo(before + 1);
        String kk = mvc.perform(as(get("/stay/violations/export").param("format", "CSV").param("region", "KZ-61")
                .param("lang", "kk"), "police")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kk.lines().findFirst().orElseThrow()).contains("Тұлға нөмірі;Аты-жөні;Азаматтығы;Өңір");
    }

    @Test
    void theXlsxExportIsAWorkbookOfTheFilter() throws Exception {
        String person = violator("QV1000005", "KARIMOVA", "FERUZA", "1995-09-30");
        byte[] xlsx = mvc.perform(as(get("/stay/violations/export").param("format", "XLSX").param("region", "KZ-61")
                        .param("citizenship", "TJK").param("lang", "en"), "police"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= person.equals(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("Turkestan Region");
            }
            assertThat(found).isTrue();
        }
        mvc.perform(as(get("/stay/violations/export").param("format", "XLSX").param("from", "05.05.2026").param("to", "01.05.2026"),
                "police")).andExpect(status().is3xxRedirection());
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_entry where action = 'VIOLATIONS_EXPORTED'").query(Long.class).single();
    }

    @Test
    void theApiPagesTheQueueAndHandlesWithProblemsAndConflicts() throws Exception {
        String person = violator("QV1000006", "YUSUPOVA", "NILUFAR", "1982-01-08");
        long id = violationOf(person);
        mvc.perform(get("/api/v1/stay/violations").param("region", "KZ-61").param("citizenship", "TJK").param("limit", "1000")
                        .header("Authorization", POLICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.personNumber == '" + person + "')].surname").isNotEmpty())
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/stay/violations").param("from", "2026-05-05").param("to", "2026-05-01").header("Authorization", POLICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"));
        mvc.perform(get("/api/v1/stay/violations").param("region", "KZ-YUZ").header("Authorization", POLICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"));
        mvc.perform(get("/api/v1/stay/violations").param("kind", "THEFT").header("Authorization", POLICE))
                .andExpect(status().isBadRequest());

        String today = LocalDate.now().toString();
        apiHandle(id, "{\"protocolNumber\": \"АП-9\", \"penalty\": \"FINE\", \"handledOn\": \"" + today + "\"}", POLICE)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:koshi:problem:validation"))
                .andExpect(content().string(containsString("fineTenge")));
        apiHandle(id, "{\"protocolNumber\": \"АП-9\", \"penalty\": \"WARNING\", \"handledOn\": \"" + today + "\"}", "Bearer koshi-demo-labour")
                .andExpect(status().isForbidden());
        apiHandle(id, "{\"protocolNumber\": \"АП-9\", \"penalty\": \"WARNING\", \"handledOn\": \"" + today + "\"}", POLICE)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("HANDLED"));
        apiHandle(id, "{\"protocolNumber\": \"АП-9\", \"penalty\": \"WARNING\", \"handledOn\": \"" + today + "\"}", POLICE)
                .andExpect(status().isConflict());
        apiHandle(987_654_321L, "{\"protocolNumber\": \"АП-9\", \"penalty\": \"WARNING\", \"handledOn\": \"" + today + "\"}", POLICE)
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select penalty from stay_violation where id = ?").param(id).query(String.class).single()).isEqualTo("WARNING");
        mvc.perform(get("/api/v1/stay/violations").param("status", "HANDLED").param("citizenship", "TJK").param("limit", "1000")
                        .header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[?(@.personNumber == '" + person + "')].protocolNumber").value(org.hamcrest.Matchers.hasItem("АП-9")));
        mvc.perform(get("/api/v1/stay/violations").param("citizenship", "TJK").param("limit", "1000").header("Authorization", POLICE))
                .andExpect(jsonPath("$.rows[*].personNumber").value(not(org.hamcrest.Matchers.hasItem(person))));
    }

    private org.springframework.test.web.servlet.ResultActions apiHandle(long id, String body, String token) throws Exception {
        return mvc.perform(post("/api/v1/stay/violations/{id}/handling", id).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
