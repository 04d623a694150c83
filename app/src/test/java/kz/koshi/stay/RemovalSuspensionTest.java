package kz.koshi.stay;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import kz.koshi.DatabaseTest;
import kz.koshi.protection.ReflectionPeriodStarted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A removal suspended by a reflection period is shown to the migration police and prosecutors only, as
 * "removal suspended" with no reason; for everyone else the API has no such field and the pages show nothing.
 */
@DatabaseTest
class RemovalSuspensionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;

    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
    private static final String[] SURNAMES = {"TOKTOSUNOVA", "ASANBEKOVA", "JUMABAEVA", "SYDYKOVA", "OMURBEKOVA", "BAKIROVA"};
    private static final String[] GIVEN = {"AIZADA", "NURGUL", "CHOLPON", "ZHIBEK", "ELNURA", "BEGIMAI"};

    private String enter() throws Exception {
        int n = NEXT.getAndIncrement();
        return enter("RS20000" + (10 + n), SURNAMES[n % SURNAMES.length], GIVEN[n % GIVEN.length], LocalDate.of(1980 + n, 2, 3 + n));
    }

    private String enter(String passport, String surname, String given, LocalDate born) throws Exception {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "KGZ"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "KGZ", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(5), passport, surname, given, born);
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return receipt.replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
    }

    private String suspended() throws Exception {
        return suspended(enter());
    }

    private String suspended(String person) throws Exception {
        transactions.executeWithoutResult(t -> events.publishEvent(
                new ReflectionPeriodStarted(person, LocalDate.now().minusDays(1), LocalDate.now().plusDays(29))));
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> mvc.perform(get("/api/v1/stay/persons/{n}/status", person)
                .header("Authorization", "Bearer koshi-demo-police")).andExpect(jsonPath("$.removalSuspended").value(true)));
        return person;
    }

    @Test
    void theApiSaysRemovalSuspendedToPoliceAndProsecutorsAndNothingToAnyoneElse() throws Exception {
        String person = suspended();
        String other = enter();
        for (String token : new String[] {"police", "prosecutor"}) {
            mvc.perform(get("/api/v1/stay/persons/{n}/status", person).header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(jsonPath("$.removalSuspended").value(true));
            mvc.perform(get("/api/v1/stay/persons/{n}/status", other).header("Authorization", "Bearer koshi-demo-" + token))
                    .andExpect(jsonPath("$.removalSuspended").value(false));
        }
        for (String token : new String[] {"akimat", "labour", "border"}) {
            for (String n : new String[] {person, other}) {
                String body = mvc.perform(get("/api/v1/stay/persons/{n}/status", n).header("Authorization", "Bearer koshi-demo-" + token))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.removalSuspended").doesNotExist())
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContainIgnoringCase("removal");
            }
        }
    }

    @Test
    void thePagesShowTheSuspensionToPoliceAndProsecutorsOnly() throws Exception {
        String person = suspended();
        for (String officer : new String[] {"police", "prosecutor"}) {
            assertThat(page(person, officer)).contains("id=\"removal-suspended\"").contains("Выдворение приостановлено");
        }
        for (String officer : new String[] {"akimat", "labour", "border"}) {
            assertThat(page(person, officer)).doesNotContain("removal-suspended").doesNotContain("Выдворение приостановлено");
        }
    }

    @Test
    void theBordersStatusOfACrossingSaysNothingOfASuspension() throws Exception {
        String person = suspended(enter("RS2000001", "ISAKOVA", "MEERIM", LocalDate.of(1977, 7, 7)));
        String exit = """
                {"direction": "EXIT", "checkpoint": "AIR-ALA", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "RS2000001", "issuingCountry": "KGZ"},
                 "surname": "ISAKOVA", "givenNames": "MEERIM", "birthDate": "1977-07-07", "sex": "F",
                 "citizenship": "KGZ", "purpose": "WORK"}""".formatted(java.time.Instant.now().minusSeconds(600)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                        .contentType(MediaType.APPLICATION_JSON).content(exit)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains(person).doesNotContainIgnoringCase("removal");
    }

    private String page(String person, String officer) throws Exception {
        return mvc.perform(get("/stay/persons/{n}", person).with(user(users.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
