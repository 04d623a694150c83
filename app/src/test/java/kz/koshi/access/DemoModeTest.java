package kz.koshi.access;

import kz.koshi.KoshiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The postgres profile never gets demo accounts, demo tokens or demo data, even when asked for them. */
class DemoModeTest {

    @Test
    void thePostgresProfileHasNoDemoAccountsOrTokens() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KoshiApplication.class)
                .profiles("postgres")
                .properties("KOSHI_DB_URL=jdbc:h2:mem:production-like;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                        "KOSHI_DB_USER=sa", "server.port=0", "koshi.demo.enabled=true",
                        // Production needs the protection and hotline note keys and the card keys' seal from the environment
                        // (docs/protection.md, docs/hotline.md, README "Running several nodes").
                        "KOSHI_PROTECTION_NOTE_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        "KOSHI_HOTLINE_NOTE_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        "KOSHI_CARD_SEAL_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(context.getBeanNamesForType(DemoAccess.class)).isEmpty();
            assertThat(jdbc.sql("select count(*) from officer").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from identity_source_record").query(Long.class).single()).isZero();
        }
    }
}
