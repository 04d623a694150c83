package kz.koshi.border.card;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The card keys in the database: two stores on one database are two nodes. */
class CardKeyStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final String sealKey = newSealKey();
    private JdbcClient jdbc;

    @BeforeEach
    void database() throws Exception {
        jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:card-keys-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1"));
        jdbc.sql(new ClassPathResource("db/migration/common/V235__border_card_keys_in_database.sql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).update();
    }

    private CardKeyStore node(String activeKid, String key, Clock at) {
        return new CardKeyStore(jdbc, new CardKeyProperties(dir.resolve("old-files"), activeKid, key, dir.resolve("unused.key")), false, at);
    }

    private CardKeyStore node() {
        return node(null, sealKey, clock);
    }

    @Test
    void theFirstUseGeneratesOneKeyThatEveryNodeFinds() {
        String kid = node().ring().activeKid();
        assertThat(kid).startsWith("kz-card-20261122-");
        assertThat(node().ring().activeKid()).isEqualTo(kid);
        assertThat(jdbc.sql("select count(*) from border_card_key").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRotationOnOneNodeSignsOnEveryNodeAndTheOldKeyStaysPublished() {
        CardKeyStore a = node();
        CardKeyStore b = node();
        CardCredential card = new CardCredential("M00000123", "A", "B", LocalDate.of(1990, 1, 1), "UZB", "F",
                LocalDate.of(2026, 11, 22), LocalDate.of(2027, 11, 22), "KZ-KNB-BORDER");
        String before = CredentialSigner.sign(card, b.ring().active(), clock.instant());
        String oldKid = b.ring().activeKid();
        String newKid = node(null, sealKey, Clock.offset(clock, Duration.ofDays(1))).rotate();
        assertThat(a.ring().activeKid()).isEqualTo(newKid).isNotEqualTo(oldKid);
        assertThat(b.ring().activeKid()).isEqualTo(newKid);
        assertThat(b.ring().publicKeys().getKeys()).hasSize(2);
        assertThat(CredentialVerifier.verify(before, a.ring().publicKeys(), LocalDate.of(2027, 1, 1)).valid()).isTrue();
        String after = CredentialSigner.sign(card, a.ring().active(), clock.instant());
        assertThat(CredentialVerifier.verify(after, b.ring().publicKeys(), LocalDate.of(2027, 1, 1)).valid()).isTrue();
        assertThat(node(oldKid, sealKey, clock).ring().activeKid()).isEqualTo(oldKid);
    }

    @Test
    void privateKeysAreSealedAtRestAndAnotherSealKeyCannotOpenThem() {
        ECKey active = node().ring().active();
        String stored = jdbc.sql("select sealed_jwk from border_card_key").query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(active.getD().toString()).doesNotContain("\"d\"");
        assertThatThrownBy(() -> node(null, newSealKey(), clock).ring()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyFilesFromBeforeAreImportedOnceAndTheNewestSigns() throws Exception {
        ECKey older = CardKeyRing.generate(Date.from(clock.instant().minus(Duration.ofDays(30))));
        ECKey newer = CardKeyRing.generate(Date.from(clock.instant().minus(Duration.ofDays(2))));
        Files.createDirectories(dir.resolve("old-files"));
        Files.writeString(dir.resolve("old-files").resolve(newer.getKeyID() + ".jwk"), newer.toJSONString());
        Files.writeString(dir.resolve("old-files").resolve(older.getKeyID() + ".jwk"), older.toJSONString());
        CardKeyRing ring = node().ring();
        assertThat(ring.activeKid()).isEqualTo(newer.getKeyID());
        assertThat(ring.keys()).extracting(ECKey::getKeyID).containsExactly(older.getKeyID(), newer.getKeyID());
        assertThat(node().ring().keys()).hasSize(2);
    }

    private static String newSealKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
