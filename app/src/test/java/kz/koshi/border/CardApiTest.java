package kz.koshi.border;

import java.util.Base64;

import kz.koshi.DatabaseTest;
import kz.koshi.border.mrz.MrzData;
import kz.koshi.border.mrz.MrzParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static kz.koshi.border.CrossingApiTest.crossing;
import static kz.koshi.border.CrossingApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@DatabaseTest
class CardApiTest {

    @Autowired
    MockMvc mvc;

    String issueCard(String passport, String surname) throws Exception {
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", CrossingApiTest.BORDER)
                        .contentType(MediaType.APPLICATION_JSON).content(crossing("ENTRY", passport, surname, "2026-11-21T09:00:00Z")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return receipt.replaceAll("(?s).*\"card\":\\{\"number\":\"(M\\d{8})\".*", "$1");
    }

    @Test
    void anyoneSeesACardsStatusWithoutNames() throws Exception {
        String number = issueCard("CA0000001", "NAZAROV");
        mvc.perform(get("/api/v1/cards/" + number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.state").value("VALID"))
                .andExpect(jsonPath("$.stayLegalUntil").value("2027-02-18"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("NAZAROV"))));
        mvc.perform(get("/api/v1/cards/M00000000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cards/" + kz.koshi.border.card.CardNumber.of(9_999_999))).andExpect(status().isNotFound());
    }

    @Test
    void theCredentialVerifiesWithThePublishedKeysAndAnAlteredOneFails() throws Exception {
        String number = issueCard("CA0000002", "SAIDOV");
        mvc.perform(get("/api/v1/cards/" + number + "/credential")).andExpect(status().isUnauthorized());
        String jws = field(mvc.perform(get("/api/v1/cards/" + number + "/credential").header("Authorization", "Bearer koshi-demo-police"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "credential");
        String kid = new String(Base64.getUrlDecoder().decode(jws.split("\\.")[0]));
        mvc.perform(get("/api/v1/cards/keys")).andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("EC"))
                .andExpect(jsonPath("$.keys[0].crv").value("P-256"))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
        assertThat(kid).contains("\"alg\":\"ES256\"").contains("\"kid\"");
        mvc.perform(post("/api/v1/cards/verification").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"credential\": \"" + jws + "\"}"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.credential.cardNumber").value(number));
        String[] parts = jws.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("SAIDOV", "SAIDOVA");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        mvc.perform(post("/api/v1/cards/verification").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"credential\": \"" + altered + "\"}"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value("SIGNATURE_INVALID"));
    }

    @Autowired
    CardRepository cardRegister;

    @Test
    void aRevokedCardsGenuineCredentialFailsTheOnlineCheck() throws Exception {
        String number = issueCard("CA0000004", "RAHIMOV");
        String jws = field(mvc.perform(get("/api/v1/cards/" + number + "/credential").header("Authorization", "Bearer koshi-demo-border"))
                .andReturn().getResponse().getContentAsString(), "credential");
        cardRegister.revoke(number);
        mvc.perform(post("/api/v1/cards/verification").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"credential\": \"" + jws + "\"}"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value("REVOKED"));
        mvc.perform(get("/api/v1/cards/" + number)).andExpect(jsonPath("$.state").value("REVOKED"));
    }

    @Test
    void officersGetTheCardDataWithAValidTd1MrzAndThePdf() throws Exception {
        String number = issueCard("CA0000003", "ТОШМАТОВ");
        String data = mvc.perform(get("/api/v1/cards/" + number + "/data").header("Authorization", "Bearer koshi-demo-police"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mrz.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        String mrz = data.replaceAll("(?s).*\"mrz\":\\[\"([^\"]+)\",\"([^\"]+)\",\"([^\"]+)\"].*", "$1\n$2\n$3");
        MrzData read = MrzParser.parse(mrz, java.time.LocalDate.of(2026, 11, 22));
        assertThat(read.valid()).isTrue();
        assertThat(read.documentNumber()).isEqualTo(number);
        assertThat(read.surname()).isEqualTo("TOSHMATOV");
        byte[] pdf = mvc.perform(get("/api/v1/cards/" + number + "/document.pdf").header("Authorization", "Bearer koshi-demo-border"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/migrant-card.pdf"), pdf);
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans").contains("OCRB");
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(printed.replaceAll("\\s", "")).contains(mrz.replace("\n", ""));
        mvc.perform(get("/api/v1/cards/" + number + "/data")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cards/" + number + "/data").header("Authorization", "Bearer koshi-demo-career"))
                .andExpect(status().isForbidden());
    }
}
