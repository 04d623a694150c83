package kz.koshi.border;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class BorderPagesTest {

    static final String MRZ = "P<UZBRAKHIMOV<<BOBUR<<<<<<<<<<<<<<<<<<<<<<<<\nFA12345673UZB9001011M3105010<<<<<<<<<<<<<<<2";

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @WithUserDetails("border")
    void theMrzFillsTheFormAndAWrongCheckDigitIsShown() throws Exception {
        mvc.perform(post("/border/mrz").with(csrf()).param("mrz", MRZ).param("direction", "ENTRY").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"FA1234567\"")))
                .andExpect(content().string(containsString("value=\"RAKHIMOV\"")))
                .andExpect(content().string(containsString("value=\"1990-01-01\"")))
                .andExpect(content().string(containsString("MRZ прочитана, все контрольные цифры верны.")));
        mvc.perform(post("/border/mrz").with(csrf()).param("mrz", MRZ.replace("FA12345673", "FA12345683")))
                .andExpect(content().string(containsString("контрольные цифры не сходятся")))
                .andExpect(content().string(containsString("номер документа")));
        mvc.perform(post("/border/mrz").with(csrf()).param("mrz", MRZ.replace("9001011", "9402301")).param("lang", "en"))
                .andExpect(content().string(containsString("holds an impossible date")));
        mvc.perform(post("/border/mrz").with(csrf()).param("mrz", "P<UZB").param("lang", "en"))
                .andExpect(content().string(containsString("not a TD1, TD2 or TD3 MRZ")));
    }

    @Test
    @WithUserDetails("border")
    void theOfficerRecordsAnEntryAndSeesTheCardWithItsMrz() throws Exception {
        String location = mvc.perform(post("/border/crossings").session(BoothShifts.openAt(mvc, "AIR-NQZ")).with(csrf())
                        .param("direction", "ENTRY").param("documentType", "PASSPORT").param("documentNumber", "FB7777777")
                        .param("issuingCountry", "UZB").param("expiresOn", "2031-05-01").param("surname", "RAKHIMOVA")
                        .param("givenNames", "MALIKA").param("birthDate", "1991-01-01").param("sex", "F").param("citizenship", "UZB")
                        .param("purpose", "WORK").param("minorRelation", "PARENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("IMKAZM")))
                .andExpect(content().string(containsString("RAKHIMOVA&lt;&lt;MALIKA")))
                .andExpect(content().string(containsString("<svg"))).andReturn().getResponse().getContentAsString();
        String person = page.replaceAll("(?s).*?(KP\\d{9}).*", "$1");
        mvc.perform(get("/persons/" + person).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Entry at Astana International Airport (Completed)")));
        mvc.perform(get("/border/board/rows")).andExpect(status().isOk()).andExpect(content().string(containsString("Въезд")))
                .andExpect(content().string(containsString("<td>Узбекистан</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>UZB</td>"))));
    }

    @Test
    @WithUserDetails("border")
    void aShiftNeedsAKnownCheckpointAndABadDayIsAFieldErrorWithNothingStored() throws Exception {
        mvc.perform(post("/border/shift").with(csrf()).param("checkpoint", "").param("lane", "0").param("direction", "ENTRY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("checkpoint-error")))
                .andExpect(content().string(containsString("Заполните это поле.")))
                .andExpect(content().string(containsString("lane-error")));
        mvc.perform(post("/border/shift").with(csrf()).param("checkpoint", "NOWHERE").param("lane", "2").param("direction", "ENTRY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("checkpoint-error")));
        mvc.perform(post("/border/crossings").with(csrf()).param("surname", "X")).andExpect(redirectedUrl("/border"));
        mvc.perform(post("/border/crossings").session(BoothShifts.openAt(mvc, "AIR-NQZ")).with(csrf()).param("direction", "ENTRY")
                        .param("documentType", "PASSPORT").param("documentNumber", "FB7777778")
                        .param("issuingCountry", "UZB").param("surname", "X").param("birthDate", "1991-02-30").param("sex", "F")
                        .param("citizenship", "UZB").param("purpose", "WORK").param("minorRelation", "PARENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Не дата: напишите день.месяц.год")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from border_crossing where document_number = 'FB7777778'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePublicVerificationPageNeedsNoLogin() throws Exception {
        mvc.perform(get("/verify").param("number", "M00000000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Неверный номер карты")));
        mvc.perform(post("/verify").with(csrf()).param("credential", "eyJhbGciOiJFUzI1NiJ9.e30.AAAA")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ключ подписи не опубликован")));
    }

    @Test
    @WithUserDetails("career")
    void otherOfficersCannotUseTheBorderPages() throws Exception {
        mvc.perform(get("/border/board")).andExpect(status().isForbidden());
        mvc.perform(get("/border")).andExpect(status().isForbidden());
    }
}
