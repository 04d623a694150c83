package kz.koshi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where a module's note key comes from: its configured property (production: from the environment, never from git);
 * in the embedded demo only, a key generated on first start and kept in the key file under ./data (which git
 * ignores), so notes stay readable across restarts.
 */
public final class SealKeys {

    private static final int KEY_BYTES = 32;

    private SealKeys() {
    }

    public static SecretKey load(String property, String configured, Path keyFile, boolean demo) {
        if (configured != null && !configured.isBlank()) {
            return key(configured.strip());
        }
        if (!demo) {
            throw new IllegalStateException(property + " must be set (Base64 of 32 random bytes)");
        }
        try {
            if (!Files.exists(keyFile)) {
                generate(keyFile);
            }
            return key(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the demo note key file", e);
        }
    }

    private static void generate(Path keyFile) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path parent = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays with the folder's permissions.
        }
    }

    private static SecretKey key(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("the note key must be 32 bytes (AES-256)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
