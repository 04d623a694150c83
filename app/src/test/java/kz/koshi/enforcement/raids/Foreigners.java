package kz.koshi.enforcement.raids;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Foreigners who entered through the border API, as the raid tests check them: a fresh passport and name each time. */
final class Foreigners {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String[] SURNAMES = {"ABDULLAEV", "NAZAROV", "QODIROV", "TOSHEV", "YUSUPOV", "RASULOV", "SOBIROV",
            "HAKIMOV", "MIRZAEV", "ORIPOV"};
    private static final String[] GIVEN = {"BOBUR", "JASUR", "SARDOR", "OTABEK", "ULUGBEK", "SHERZOD", "AZIZ", "DILSHOD",
            "RUSTAM", "ANVAR"};

    private Foreigners() {
    }

    /** The passport number of the next foreigner (for checks by document). */
    static String passport(int n) {
        return "RD%07d".formatted(5200000 + n);
    }

    static int next() {
        return NEXT.getAndIncrement();
    }

    /** Enters foreigner {@code n} on the day given; returns the person number. */
    static String enter(MockMvc mvc, int n, String citizenship, LocalDate on) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "M",
                 "citizenship": "%s", "purpose": "WORK"}""".formatted(on, passport(n), citizenship, SURNAMES[n % 10],
                GIVEN[(n / 10) % 10], LocalDate.of(1971, 2, 3).plusDays(n * 401L), citizenship);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    static String enter(MockMvc mvc, String citizenship, LocalDate on) throws Exception {
        return enter(mvc, next(), citizenship, on);
    }
}
