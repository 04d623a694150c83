package kz.koshi.stay;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A foreign woman's entry through the border API, as the stay tests need one: the person number it was given. */
final class Arrivals {

    private Arrivals() {
    }

    static String enter(MockMvc mvc, String citizenship, LocalDate on, String passport, String surname, String given,
                        LocalDate born) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "%s", "purpose": "WORK"}""".formatted(on, passport, citizenship, surname, given, born, citizenship);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }
}
