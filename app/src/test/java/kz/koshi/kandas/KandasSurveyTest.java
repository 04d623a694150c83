package kz.koshi.kandas;

import java.time.LocalDate;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public survey end to end over HTTP and the database: steps, bad input, sending twice, resuming and guessing. */
@DatabaseTest
class KandasSurveyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AbandonedDrafts abandoned;

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));

    static MockHttpServletRequestBuilder origin(MockHttpSession session, String consent) {
        return post("/kandas/survey").session(session).with(csrf()).param("lang", "en").param("consent", consent)
                .param("originCountry", "MNG").param("originCity", "Bayan-Ölgii").param("contactName", "Aibek Nurlanuly")
                .param("contactPhone", "+976 9911 2233");
    }

    static MockHttpServletRequestBuilder step1(MockHttpSession session, String country, String phone, String email) {
        return post("/kandas/survey").session(session).with(csrf()).param("lang", "en").param("consent", "true")
                .param("originCountry", country).param("originCity", "Khovd").param("contactName", "Nurlan")
                .param("contactPhone", phone).param("contactEmail", email);
    }

    static MockHttpServletRequestBuilder members(MockHttpSession session, String adultBirth) {
        return post("/kandas/survey/members").session(session).with(csrf()).param("lang", "en")
                .param("members[0].birthDate", adultBirth).param("members[0].sex", "FEMALE").param("members[0].education", "VOCATIONAL")
                .param("members[0].profession", "NURSE").param("members[0].languages", "KAZAKH", "MONGOLIAN")
                .param("members[0].healthNeed", "NONE")
                .param("members[1].birthDate", "2015-03-01").param("members[1].sex", "MALE").param("members[1].education", "PRIMARY")
                .param("members[1].profession", "NONE").param("members[1].languages", "KAZAKH").param("members[1].healthNeed", "NONE");
    }

    static MockHttpServletRequestBuilder plans(MockHttpSession session, String region, String arrival) {
        return post("/kandas/survey/plans").session(session).with(csrf()).param("lang", "en").param("then", "send")
                .param("preferredRegion1", region).param("preferenceReason", "RELATIVES").param("housingNeed", "NEEDS_TEMPORARY")
                .param("skills", "Sews, drives").param("arrivalDate", arrival);
    }

    /** Starts a survey; returns its reference and secret as the page showed them. */
    String[] started(MockHttpSession session) throws Exception {
        MvcResult start = mvc.perform(origin(session, "true")).andExpect(redirectedUrl("/kandas/survey/members")).andReturn();
        String reference = (String) start.getFlashMap().get("reference");
        String secret = (String) start.getFlashMap().get("secret");
        mvc.perform(get("/kandas/survey/members").session(session).flashAttrs(start.getFlashMap()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(secret)));
        return new String[] {reference, secret};
    }

    long count(String reference) {
        return jdbc.sql("select count(*) from kandas_survey where reference = ?").param(reference).query(Long.class).single();
    }

    @Test
    void aFamilyAnswersEveryStepAndGetsExplainedRecommendations() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/kandas/survey").param("lang", "en").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Privacy notice")));
        String[] keys = started(session);
        assertThat(keys[0]).matches("KD-[2-9A-Z]{8}");
        assertThat(keys[1]).matches("([2-9A-Z]{5}-){3}[2-9A-Z]{5}");
        assertThat(jdbc.sql("select secret_hash from kandas_survey where reference = ?").param(keys[0]).query(String.class).single())
                .as("only the hash is kept").isNotEqualTo(keys[1]).hasSize(64);
        mvc.perform(members(session, "1988-05-05")).andExpect(redirectedUrl("/kandas/survey/plans"));
        mvc.perform(plans(session, "KZ-55", TODAY.plusMonths(4).toString())).andExpect(redirectedUrl("/kandas/survey/result"));
        mvc.perform(get("/kandas/survey/result").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pavlodar Region")))
                .andExpect(content().string(containsString("priority settlement region of the Government")))
                .andExpect(content().string(containsString("your preferred region no. 1")));
        mvc.perform(get("/kandas/survey/result").session(session).param("lang", "ru"))
                .andExpect(content().string(containsString("приоритетный регион расселения")));
        assertThat(jdbc.sql("select status from kandas_survey where reference = ?").param(keys[0]).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void sendingTwiceIsOneSubmission() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String reference = started(session)[0];
        mvc.perform(members(session, "1990-01-01"));
        mvc.perform(plans(session, "KZ-59", TODAY.plusDays(20).toString())).andExpect(redirectedUrl("/kandas/survey/result"));
        var first = jdbc.sql("select submitted_at from kandas_survey where reference = ?").param(reference).query(String.class).single();
        mvc.perform(plans(session, "KZ-11", TODAY.plusDays(30).toString())).andExpect(redirectedUrl("/kandas/survey/result"));
        assertThat(count(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select preferred_region_1 from kandas_survey where reference = ?").param(reference).query(String.class).single())
                .as("the sent survey is not changed by sending again").isEqualTo("KZ-59");
        assertThat(jdbc.sql("select submitted_at from kandas_survey where reference = ?").param(reference).query(String.class).single())
                .isEqualTo(first);
    }

    @Test
    void badInputIsMarkedOnItsFieldAndWhatWasTypedStays() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long before = jdbc.sql("select count(*) from kandas_survey").query(Long.class).single();
        mvc.perform(origin(session, "false")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your consent is needed to continue.")))
                .andExpect(content().string(containsString("Aibek Nurlanuly")));
        assertThat(jdbc.sql("select count(*) from kandas_survey").query(Long.class).single()).as("nothing half-written").isEqualTo(before);
        mvc.perform(step1(session, "MNG", "", "nurlan-at-mail")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not an e-mail address")));
        mvc.perform(step1(session, "XXX", "", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a country from the list.")))
                .andExpect(content().string(containsString("Give a phone or an e-mail")));
        started(session);
        mvc.perform(members(session, TODAY.plusDays(3).toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("A date of birth cannot be in the future.")))
                .andExpect(content().string(containsString("value=\"" + TODAY.plusDays(3) + "\"")));
        mvc.perform(members(session, "2012-01-01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("At least one member must be 18 or older.")));
        mvc.perform(post("/kandas/survey/members").session(session).with(csrf()).param("lang", "en").param("members[2].sex", "MALE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Fill this in, or leave the whole block empty.")));
        mvc.perform(members(session, "1980-02-02")).andExpect(redirectedUrl("/kandas/survey/plans"));
        mvc.perform(plans(session, "KZ-YUZ", TODAY.plusDays(3).toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a region from the list.")));
        mvc.perform(plans(session, "NOWHERE", TODAY.minusDays(1).toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a region from the list.")))
                .andExpect(content().string(containsString("The date of arrival cannot be in the past.")));
        mvc.perform(plans(session, "KZ-55", "31.02.2027")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Whitelabel"))));
    }

    @Test
    void aDraftIsResumedWithReferenceAndSecretAndAGuessReadsNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String[] keys = started(session);
        mvc.perform(members(session, "1975-07-07").param("then", "later")).andExpect(redirectedUrl("/kandas/survey/saved"));

        String wrongSecret = resume("10.1.1.1", keys[0], "AAAAA-BBBBB-CCCCC-DDDDD");
        String unknownReference = resume("10.1.1.2", "KD-ZZZZZZZZ", keys[1]);
        assertThat(wrongSecret).contains("do not match");
        assertThat(wrongSecret.replace(keys[0], "R")).as("a wrong secret is answered as an unknown reference")
                .isEqualTo(unknownReference.replace("KD-ZZZZZZZZ", "R"));
        assertThat(resume("10.1.1.3", keys[0], "")).isEqualTo(wrongSecret);

        MockHttpSession other = new MockHttpSession();
        mvc.perform(post("/kandas/survey/resume").session(other).with(csrf()).param("reference", keys[0].toLowerCase())
                .param("secret", keys[1].replace("-", " "))).andExpect(redirectedUrl("/kandas/survey/plans"));
        mvc.perform(get("/kandas/survey/members").session(other).param("lang", "en"))
                .andExpect(content().string(containsString("value=\"1975-07-07\"")));
    }

    @Test
    void guessingIsThrottledPerAddressEvenWithTheRightSecret() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String[] keys = started(session);
        for (int i = 0; i < 10; i++) {
            assertThat(resume("10.2.2.2", "KD-2345678" + (i % 8 + 2), "AAAAA-BBBBB-CCCCC-DDDDD")).contains("do not match");
        }
        MvcResult refused = mvc.perform(post("/kandas/survey/resume").with(csrf()).with(r -> { r.setRemoteAddr("10.2.2.2"); return r; })
                .param("lang", "en").param("reference", keys[0]).param("secret", keys[1])).andExpect(status().isOk()).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Too many attempts");
        mvc.perform(post("/kandas/survey/resume").with(csrf()).with(r -> { r.setRemoteAddr("10.2.2.3"); return r; })
                .param("reference", keys[0]).param("secret", keys[1])).andExpect(redirectedUrl("/kandas/survey/members"));
    }

    @Test
    void anAbandonedDraftIsDeletedAfterTheStatedTimeAndASentSurveyIsKept() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String draft = started(session)[0];
        MockHttpSession sent = new MockHttpSession();
        String submitted = started(sent)[0];
        mvc.perform(members(sent, "1970-01-01"));
        mvc.perform(plans(sent, "", TODAY.plusDays(10).toString()));
        jdbc.sql("update kandas_survey set updated_at = updated_at - interval '31' day where reference in (?, ?)")
                .params(draft, submitted).update();
        MockHttpSession fresh = new MockHttpSession();
        String kept = started(fresh)[0];
        jdbc.sql("update kandas_survey set updated_at = updated_at - interval '29' day where reference = ?").param(kept).update();
        assertThat(abandoned.deleteAbandoned()).isGreaterThanOrEqualTo(1);
        assertThat(count(draft)).isZero();
        assertThat(count(submitted)).isOne();
        assertThat(count(kept)).as("a day-old (or 29-day-old) draft is kept with what was entered").isOne();
    }

    @Test
    void kazakhReadsInCyrillicOrInLatinScript() throws Exception {
        mvc.perform(get("/kandas/survey").param("lang", "kk").param("script", "latn")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Qazaqstanğa köşer aldynda qandas otbasylaryna arnalğan saualnama")))
                .andExpect(content().string(containsString(">Русский<")))
                .andExpect(content().string(containsString(">Қазақша (кирилл)<")));
        mvc.perform(get("/kandas/survey").param("lang", "kk").param("script", "cyrl")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Қазақстанға көшер алдында")));
    }

    private String resume(String address, String reference, String secret) throws Exception {
        return mvc.perform(post("/kandas/survey/resume").with(csrf()).with(r -> { r.setRemoteAddr(address); return r; })
                        .param("lang", "en").param("reference", reference).param("secret", secret))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("(csrf-token\" content=|name=\"_csrf\" value=)\"[^\"]*\"", "$1\"\"");
    }
}
