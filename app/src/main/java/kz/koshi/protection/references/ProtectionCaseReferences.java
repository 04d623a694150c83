package kz.koshi.protection.references;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers only whether a protection case number exists, for those who link criminal cases to it (the police and the
 * prosecutor, by role or by the {@code enforcement:cases} scope). Nothing of the case leaves protection.
 */
@Service
public class ProtectionCaseReferences {

    private final JdbcClient jdbc;

    ProtectionCaseReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MIGRATION_OFFICER','PROSECUTOR') or hasAuthority('SCOPE_enforcement:cases')")
    public boolean exists(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.length() > 32) {
            return false;
        }
        return jdbc.sql("select count(*) from protection_case where case_number = ?").param(caseNumber.strip())
                .query(Long.class).single() > 0;
    }
}
