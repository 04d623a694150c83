package kz.koshi.protection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import kz.koshi.protection.rules.ResidenceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteCipherTest {

    @TempDir
    Path dir;

    @Test
    void notesRoundTripAndNeverRepeatTheirCiphertext() {
        NoteCipher cipher = cipher(key(1), true);
        String sealed = cipher.encrypt("Она боится возвращаться к работодателю.");
        assertThat(sealed).startsWith("v1:").doesNotContain("боится");
        assertThat(cipher.encrypt("Она боится возвращаться к работодателю.")).isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed)).isEqualTo("Она боится возвращаться к работодателю.");
        assertThat(cipher.encrypt(" ")).isNull();
    }

    @Test
    void anotherKeyOrATamperedTextCannotBeRead() {
        String sealed = cipher(key(1), true).encrypt("note");
        assertThatThrownBy(() -> cipher(key(2), true).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        // Flip one bit of the sealed bytes (editing the Base64 text could touch only its unused padding bits).
        String prefix = sealed.substring(0, sealed.indexOf(':') + 1);
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring(prefix.length()));
        bytes[bytes.length - 1] ^= 1;
        String tampered = prefix + java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher(key(1), true).decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoGeneratesItsKeyOnceAndKeepsItAcrossRestarts() throws Exception {
        String sealed = cipher("", true).encrypt("kept");
        assertThat(Files.readString(dir.resolve("notes.key"))).hasSize(44);
        assertThat(cipher("", true).decrypt(sealed)).isEqualTo("kept");
    }

    @Test
    void withoutTheDemoAKeyMustBeConfigured() {
        assertThatThrownBy(() -> cipher("", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("koshi.protection.note-key");
    }

    private NoteCipher cipher(String key, boolean demo) {
        return new NoteCipher(new ProtectionProperties(List.of(new ProtectionProperties.Reflection(java.time.LocalDate.EPOCH, 30)),
                List.of(new ProtectionProperties.ServicePeriod(java.time.LocalDate.EPOCH, 6, 9, 14)),
                List.of(new ProtectionProperties.Eligibility(java.time.LocalDate.EPOCH, java.util.Set.of(ResidenceCategory.CITIZEN))), false, Duration.ofHours(4), key,
                dir.resolve("notes.key")), demo);
    }

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
