package kz.koshi.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did it, as pages say it: {@code ${@officerNames.of(login)}} gives the officer's full name ("Айгерим
 * Садыкова"), not the sign-in name. A system or token actor, which has no officer, keeps its name as recorded.
 */
@Component("officerNames")
public class OfficerNames {

    private final JdbcClient jdbc;

    OfficerNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return jdbc.sql("select full_name from officer where username = ?").param(username).query(String.class).optional()
                .orElse(username);
    }
}
