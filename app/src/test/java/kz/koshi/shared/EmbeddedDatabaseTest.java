package kz.koshi.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
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
            assertThat(officers).isEqualTo(14); // the demo accounts (README), the guardianship and consular officers and the hotline operator among them
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

    /**
     * H2 2.4.240 ties a table's CHECK ... IN constraint to the session that created it: once the pool retires that
     * connection (after 30 minutes by default), every insert fails with "Check constraint invalid". The embedded
     * default must keep working however long it runs, so every connection is retired here before writing.
     */
    @Test
    void writesStillPassTheirChecksAfterThePoolRetiresEveryConnection() {
        String url = "jdbc:h2:file:" + folder.resolve("retired") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext platform = start(url)) {
            platform.getBean(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            JdbcClient jdbc = platform.getBean(JdbcClient.class);
            assertThat(jdbc.sql("insert into identity_person (status, record_count, created_at, updated_at)"
                    + " values ('ACTIVE', 0, current_timestamp, current_timestamp)").update()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KoshiApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--koshi.demo.persons=20", "--koshi.demo.protection-year=false");
    }
}
