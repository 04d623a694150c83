package kz.koshi.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway V10 on tokens issued before the per-act scopes: a police system that held {@code stay:write} keeps expelling,
 * banning and recording guardians, a border system that held {@code crossings:write} keeps banning and recording
 * guardians, a labour ministry system loses nothing but gains none of them. Run in a transaction that is rolled back.
 */
@DatabaseTest
@Transactional
class MandateScopesMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void existingPoliceAndBorderTokensGetTheScopesOfTheirMandate() throws IOException {
        token("old-police", "MVD-MIGRATION", "identity:read stay:read stay:write");
        token("old-border", "KNB-BORDER", "crossings:write identity:write");
        token("old-labour", "MLSP", "stay:read stay:write");
        String migration = Files.readString(Path.of("src/main/resources/db/migration/common/V10__access_mandate_scopes.sql"));
        Arrays.stream(migration.replaceAll("--[^\\n]*", "").split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(statement -> jdbc.sql(statement).update());

        assertThat(scopes("old-police")).contains("stay:write", "expulsions:write", "bans:write", "guardians:write");
        assertThat(scopes("old-border")).contains("crossings:write", "bans:write", "guardians:write").doesNotContain("expulsions:write");
        assertThat(scopes("old-labour")).isEqualTo("stay:read stay:write");
    }

    private void token(String name, String agency, String scopes) {
        jdbc.sql("""
                insert into api_token (name, agency_code, token_hash, token_hint, scopes, created_by, created_at)
                values (?, ?, ?, 'old', ?, 'test', ?)""")
                .params(name, agency, (name + "-hash".repeat(16)).substring(0, 64), scopes, OffsetDateTime.now()).update();
    }

    private String scopes(String name) {
        return jdbc.sql("select scopes from api_token where name = ?").param(name).query(String.class).single();
    }
}
