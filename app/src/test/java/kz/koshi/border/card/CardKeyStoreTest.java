package kz.koshi.border.card;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CardKeyStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void generatesAKeyOnFirstStartAndFindsItAgainAfterARestart() throws Exception {
        CardKeyStore first = new CardKeyStore(new CardKeyProperties(dir.resolve("keys"), null), clock);
        String kid = first.ring().activeKid();
        assertThat(kid).startsWith("kz-card-20261122-");
        assertThat(Files.list(dir.resolve("keys"))).hasSize(1);
        CardKeyStore restarted = new CardKeyStore(new CardKeyProperties(dir.resolve("keys"), null), clock);
        assertThat(restarted.ring().activeKid()).isEqualTo(kid);
    }

    @Test
    void rotationSignsWithTheNewKeyAndKeepsTheOldOnePublished() {
        CardKeyStore store = new CardKeyStore(new CardKeyProperties(dir, null), clock);
        CardCredential card = new CardCredential("M00000123", "A", "B", LocalDate.of(1990, 1, 1), "UZB", "F",
                LocalDate.of(2026, 11, 22), LocalDate.of(2027, 11, 22), "KZ-KNB-BORDER");
        String before = CredentialSigner.sign(card, store.ring().active(), clock.instant());
        String oldKid = store.ring().activeKid();
        String newKid = new CardKeyStore(new CardKeyProperties(dir, null),
                Clock.offset(clock, java.time.Duration.ofDays(1))).rotate();
        CardKeyStore reloaded = new CardKeyStore(new CardKeyProperties(dir, null), clock);
        assertThat(reloaded.ring().activeKid()).isEqualTo(newKid).isNotEqualTo(oldKid);
        assertThat(reloaded.ring().publicKeys().getKeys()).hasSize(2);
        assertThat(CredentialVerifier.verify(before, reloaded.ring().publicKeys(), LocalDate.of(2027, 1, 1)).valid()).isTrue();
        CardKeyStore pinned = new CardKeyStore(new CardKeyProperties(dir, oldKid), clock);
        assertThat(pinned.ring().activeKid()).isEqualTo(oldKid);
    }
}
