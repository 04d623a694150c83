package kz.koshi.protection;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cases made through the API for the tests. */
public final class ProtectionFixtures {

    private ProtectionFixtures() {
    }

    public static long screen(MockMvc mvc, String token, String citizenship, String birthDate) throws Exception {
        return screen(mvc, token, citizenship, birthDate, "KZ-71");
    }

    /** A screening in a region: a border or police system's case goes to that region's crisis centre. */
    static long screen(MockMvc mvc, String token, String citizenship, String birthDate, String region) throws Exception {
        String json = """
                {"pathway":"HOTLINE","exploitationType":"LABOUR","crossBorder":true,
                 "indicators":["DOCUMENTS_CONFISCATED","WAGES_WITHHELD"],"presumedVictim":true,
                 "grounds":"Passport taken by the employer; unpaid for four months.",
                 "surname":"Testova","givenName":"Anna","birthDate":"%s","sex":"F","citizenship":"%s","regionCode":"%s"}"""
                .formatted(birthDate, citizenship, region);
        String body = mvc.perform(post("/api/v1/protection/screenings").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.caseId")).longValue();
    }

    /** A case admitted today at the demo crisis centre, with a medical and legal plan. */
    static long admitted(MockMvc mvc, String token) throws Exception {
        long caseId = accepted(mvc, token, "KGZ", "1995-07-07");
        mvc.perform(post("/api/v1/protection/cases/{id}/admission", caseId).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"admittedOn\":\"" + LocalDate.now() + "\",\"residence\":\"LABOUR_MIGRANT\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/protection/cases/{id}/plan", caseId).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"services\":[\"MEDICAL\",\"LEGAL\"]}")).andExpect(status().isOk());
        return caseId;
    }

    /** An adult's case referred (with their own consent) to the demo crisis centre, which accepted it. */
    static long accepted(MockMvc mvc, String token, String citizenship, String birthDate) throws Exception {
        long caseId = screen(mvc, token, citizenship, birthDate);
        String referral = mvc.perform(post("/api/v1/protection/cases/{id}/referrals", caseId).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toAgency\":\"CRISIS-KZ-71\",\"needs\":[\"MEDICAL\"],\"consent\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long referralId = ((Number) JsonPath.read(referral, "$.id")).longValue();
        mvc.perform(post("/api/v1/protection/referrals/{id}/decision", referralId).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true}")).andExpect(status().isOk());
        return caseId;
    }
}
