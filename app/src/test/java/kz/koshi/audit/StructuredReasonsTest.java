package kz.koshi.audit;

import java.sql.Connection;
import javax.sql.DataSource;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #13: a reason the platform states reads in the reader's language on the viewer and through the API (with its
 * key and arguments); an officer's words read as typed, marked as theirs; new-style entries keep the chain verifiable,
 * and a change to their key or arguments is found.
 */
@DatabaseTest
@WithUserDetails("admin")
class StructuredReasonsTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theViewerShowsAStatedReasonInRussianAndKazakhAndAnOfficersWordsAsTyped() throws Exception {
        trail.record(AuditEvent.success("CROSSING_RECORDED", "reason_test", "ru-kk")
                .because(AuditReason.of("crossing-recorded", ReasonArg.label("border.direction.", "ENTRY"),
                        ReasonArg.checkpoint("AIR-ALA"), ReasonArg.number(2))));
        trail.record(AuditEvent.success("VIOLATION_HANDLED", "reason_test", "ru-kk")
                .because(AuditReason.of("penalty", ReasonArg.label("stay.handling.penalty.", "FINE")).withOfficersWords("Протокол 12/26")));

        mvc.perform(get("/admin/audit").param("subjectType", "reason_test").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Въезд, пункт пропуска Международный аэропорт Алматы; оповещений: 2")))
                .andExpect(content().string(containsString("Взыскание: Штраф")))
                .andExpect(content().string(containsString("Слова сотрудника</span>: <q>Протокол 12/26</q>")))
                .andExpect(content().string(not(containsString("AIR-ALA"))))
                .andExpect(content().string(not(containsString("audit.reason."))));
        mvc.perform(get("/admin/audit").param("subjectType", "reason_test").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кіру, Алматы халықаралық әуежайы өткізу пункті; ескертулер: 2")))
                .andExpect(content().string(containsString("Жаза: Айыппұл")))
                .andExpect(content().string(containsString("Қызметкердің сөзі</span>: <q>Протокол 12/26</q>")));
    }

    @Test
    void theApiGivesTheKeyTheArgumentsAndTheTextInTheCallersLanguage() throws Exception {
        trail.record(AuditEvent.success("CASELOAD_READ", "reason_test", "api")
                .because(AuditReason.of("cases-found", ReasonArg.number(4))));
        mvc.perform(get("/api/v1/audit/entries").param("subjectType", "reason_test").param("subjectId", "api")
                        .header("Authorization", "Bearer koshi-demo-prosecutor").header("Accept-Language", "kk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].reasonKey").value("audit.reason.cases-found"))
                .andExpect(jsonPath("$.entries[0].reasonArgs[0].kind").value("NUMBER"))
                .andExpect(jsonPath("$.entries[0].reasonArgs[0].value").value("4"))
                .andExpect(jsonPath("$.entries[0].reason").value("Іздеу бойынша табылған істер: 4"))
                .andExpect(jsonPath("$.entries[0].officersWords").doesNotExist());
        mvc.perform(get("/api/v1/audit/entries").param("subjectType", "reason_test").param("subjectId", "api")
                        .header("Authorization", "Bearer koshi-demo-prosecutor").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.entries[0].reason").value("Cases found by the search: 4"));
    }

    @Test
    void theChainVerifiesAfterNewStyleEntriesAndATamperWithOneIsFound() throws Exception {
        trail.record(AuditEvent.success("CASELOAD_READ", "reason_test", "tamper")
                .because(AuditReason.of("cases-found", ReasonArg.number(4)).withOfficersWords("weekly check")));
        trail.record(AuditEvent.success("CASELOAD_READ", "reason_test", "after"));
        assertThat(log.verify().intact()).isTrue();
        long id = jdbc.sql("select id from audit_entry where subject_type = 'reason_test' and subject_id = 'tamper' order by id desc limit 1")
                .query(Long.class).single();
        if (isPostgres()) {
            assertThatThrownBy(() -> jdbc.sql("update audit_entry set reason_args = 'NUMBER::0' where id = ?").param(id).update())
                    .isInstanceOf(DataAccessException.class);
            return;
        }
        for (String tamper : new String[] {"reason_args = 'NUMBER::0'", "reason_key = null", "reason = 'daily check'"}) {
            jdbc.sql("update audit_entry set " + tamper + " where id = ?").param(id).update();
            try {
                ChainVerification verification = log.verify();
                assertThat(verification.intact()).as(tamper).isFalse();
                assertThat(verification.firstBrokenId()).as(tamper).isEqualTo(id);
            } finally {
                jdbc.sql("update audit_entry set reason_key = 'audit.reason.cases-found', reason_args = 'NUMBER::4', "
                        + "reason = 'weekly check' where id = ?").param(id).update();
            }
        }
        assertThat(log.verify().intact()).isTrue();
    }

    private boolean isPostgres() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
