package kz.koshi.audit;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit viewer's filter as an auditor types it: any case for actor, action and subject; a period the right way round. */
@DatabaseTest
@WithUserDetails("admin")
class AuditViewerFilterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void actorActionAndSubjectMatchWhateverTheCase() throws Exception {
        mvc.perform(get("/admin/audit").param("lang", "en")).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("actor", "ADMIN").param("action", "audit_trail_read")
                        .param("subjectType", "AUDIT").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Audit trail read</td>")))
                .andExpect(content().string(not(containsString("Entries found: 0"))));
    }

    @Test
    void aPeriodWhoseStartIsAfterItsEndIsAFieldErrorAndNoSearchRuns() throws Exception {
        long readsBefore = reads();
        mvc.perform(get("/admin/audit").param("from", "2026-12-06").param("to", "2026-12-01").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("date is after the &quot;to&quot; date")))
                .andExpect(content().string(containsString("Entries found: 0")));
        assertThat(reads()).as("no search was run, so no read of the trail was recorded").isEqualTo(readsBefore);
    }

    @Test
    void aPeriodOfOneDayIsFine() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "2026-12-06").param("to", "2026-12-06").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("class=\"field-error\""))));
    }

    private long reads() {
        return jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_TRAIL_READ'").query(Long.class).single();
    }
}
