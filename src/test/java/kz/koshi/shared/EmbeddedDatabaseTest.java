package kz.koshi.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import kz.koshi.KoshiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default: an H2 file database created on first start, with demo data, kept across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void theDatabaseIsCreatedOnFirstStartAndSurvivesARestart() {
        String url = "jdbc:h2:file:" + folder.resolve("koshi") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        long officers;
        long audit;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            officers = jdbc.sql("select count(*) from officer").query(Long.class).single();
            audit = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
            assertThat(officers).isEqualTo(13); // the demo accounts (README), the guardianship and consular officers among them
            jdbc.sql("update officer set full_name = 'Changed before restart' where username = 'border'").update();
        }
        assertThat(Files.exists(folder.resolve("koshi.mv.db"))).isTrue();
        try (ConfigurableApplicationContext second = start(url)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from officer").query(Long.class).single()).isEqualTo(officers);
            assertThat(jdbc.sql("select full_name from officer where username = 'border'").query(String.class).single())
                    .isEqualTo("Changed before restart");
            assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isGreaterThanOrEqualTo(audit);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KoshiApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--koshi.demo.persons=20");
    }
}
