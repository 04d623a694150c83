package kz.koshi.border;

import java.util.concurrent.ThreadLocalRandom;

import kz.koshi.DatabaseTest;
import kz.koshi.TwiceAtOnce;
import kz.koshi.identity.PersonsMerged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: a merge delivered twice at once (a starting node republishing it while this one runs it) moves the crossings
 * and the card once and leaves one presence, of the survivor's latest crossing.
 */
@DatabaseTest
class MergeRedeliveryTest {

    static final String BORDER = "Bearer koshi-demo-border";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BorderPersonMerges listener;
    @Autowired
    BorderRecords records;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSameMergeDeliveredTwiceAtOnceLeavesOnePresenceAndOneValidCard() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        String survivor = person("MR" + n, "ABDULLAEV", "2026-03-01T08:00:00Z");
        String merged = person("MS" + n, "ABDULAEV", "2026-03-05T08:00:00Z");
        BorderPersonMerges target = TwiceAtOnce.target(listener);

        TwiceAtOnce.deliver(transactions, () -> target.on(new PersonsMerged(survivor, merged)));
        TwiceAtOnce.deliver(transactions, () -> target.on(new PersonsMerged(survivor, merged)));

        assertThat(jdbc.sql("select count(*) from border_crossing where person_number = ?").param(merged).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from border_crossing where person_number = ?").param(survivor).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select last_at from border_presence where person_number in (?, ?)").params(survivor, merged)
                .query(java.time.OffsetDateTime.class).list()).as("one presence, the latest crossing's")
                .singleElement().satisfies(at -> assertThat(at.toInstant()).isEqualTo(java.time.Instant.parse("2026-03-05T08:00:00Z")));
        assertThat(jdbc.sql("select count(*) from border_card where person_number = ? and state <> 'REVOKED'").param(survivor)
                .query(Long.class).single()).as("one card in force").isLessThanOrEqualTo(1);
    }

    @Test
    void theSameExitToldTwiceAtOnceMovesTheBanOnceAndAuditsItOnce() throws Exception {
        String person = person("MB" + ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000), "ERGASHEV", "2026-03-01T08:00:00Z");
        String ban = mvc.perform(post("/api/v1/border/bans").header("Authorization", "Bearer koshi-demo-police")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"personNumber": "%s", "kind": "ENTRY_BAN", "reason": "DEPORTATION", "basis": "Решение № 7",
                                 "validFrom": "2026-03-02", "validUntil": "2027-03-02"}""".formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(ban.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        java.time.LocalDate until = java.time.LocalDate.of(2031, 3, 10);

        TwiceAtOnce.deliver(transactions, () -> records.extendBan(id, until));

        assertThat(jdbc.sql("select valid_until from border_ban where id = ?").param(id).query(java.time.LocalDate.class).single()).isEqualTo(until);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ENTRY_BAN_EXTENDED' and subject_id = ?").param(String.valueOf(id))
                .query(Long.class).single()).isOne();
    }

    private String person(String document, String surname, String at) throws Exception {
        String receipt = mvc.perform(post("/api/v1/crossings").header("Authorization", BORDER).contentType(MediaType.APPLICATION_JSON)
                .content(CrossingApiTest.crossing("ENTRY", document, surname, at))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return CrossingApiTest.field(receipt, "personNumber");
    }
}
