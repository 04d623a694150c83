package kz.koshi.enforcement.channels;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the channel tests need: a foreigner who entered through the border API, a registry person with no stay file, a channel's JSON. */
final class Channels {

    static final String POLICE = "Bearer koshi-demo-police";
    static final String BORDER = "Bearer koshi-demo-border";

    private Channels() {
    }

    /** A traveller's entry {@code daysAgo} days ago through the border API: the person number the registry gave. */
    static String entered(MockMvc mvc, String citizenship, String passport, String surname, int daysAgo) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%sT06:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"},
                 "surname": "%s", "givenNames": "TEST", "birthDate": "%s", "sex": "M",
                 "citizenship": "%s", "purpose": "PRIVATE"}""".formatted(LocalDate.now().minusDays(daysAgo), passport, citizenship,
                surname, LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(passport.hashCode(), 12_000)), citizenship);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    /** A person of the demo population the registry holds who has never crossed the border (no stay file). */
    static String withoutStayFile(kz.koshi.identity.IdentityResolution identity, JdbcClient jdbc, int skip) {
        return LongStream.rangeClosed(1, 40).mapToObj(n -> kz.koshi.identity.PersonNumber.fromSequence(n).value())
                .filter(n -> identity.registered(n).isPresent())
                .filter(n -> jdbc.sql("select count(*) from border_crossing where person_number = ?").param(n)
                        .query(Long.class).single() == 0)
                .skip(skip).findFirst().orElseThrow();
    }

    static String json(String reference, String region, LocalDate stopped, int moved, List<String> countries,
                       List<String> checkpoints, List<String> organisers, List<String> bins, List<String> persons) {
        return """
                {"reference": "%s", "regionCode": "%s", "stoppedOn": "%s", "personsMoved": %d, "routeCountries": %s,
                 "checkpoints": %s, "organiserPersons": %s, "organiserBins": %s, "personsIdentified": %s}"""
                .formatted(reference, region, stopped, moved, list(countries), list(checkpoints), list(organisers), list(bins),
                        list(persons));
    }

    static String list(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
