package kz.koshi.border.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.ECKey;
import org.springframework.stereotype.Component;

/**
 * Keeps the card signing keys as JWK files in a directory (the embedded default: {@code ./data/card-keys},
 * outside git). With no key there, the first start generates one. Rotation adds a key and makes it active;
 * old files stay, so old cards stay verifiable. In production the directory is a mounted secret and
 * {@code koshi.border.card-keys.active-kid} may pin the key in use.
 */
@Component
public class CardKeyStore {

    private final CardKeyProperties properties;
    private final Clock clock;
    private volatile CardKeyRing ring;

    CardKeyStore(CardKeyProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.ring = load();
    }

    public CardKeyRing ring() {
        return ring;
    }

    /** Generates a new key, stores it and makes it the active one. Returns its kid. */
    public synchronized String rotate() {
        ECKey key = CardKeyRing.generate(Date.from(clock.instant()));
        write(key);
        ring = ring.with(key);
        return key.getKeyID();
    }

    private synchronized CardKeyRing load() {
        Path dir = properties.directory();
        try {
            Files.createDirectories(dir);
            List<ECKey> keys = read(dir);
            if (keys.isEmpty()) {
                ECKey first = CardKeyRing.generate(Date.from(clock.instant()));
                write(first);
                keys = List.of(first);
            }
            return CardKeyRing.of(keys, properties.activeKid());
        } catch (IOException e) {
            throw new UncheckedIOException("card key directory unusable", e);
        }
    }

    private static List<ECKey> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jwk")).sorted().map(CardKeyStore::parse).toList();
        }
    }

    private static ECKey parse(Path file) {
        try {
            return ECKey.parse(Files.readString(file));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("unreadable card key file " + file.getFileName(), e);
        }
    }

    private void write(ECKey key) {
        Path file = properties.directory().resolve(key.getKeyID() + ".jwk");
        try {
            Files.writeString(file, key.toJSONString());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("card key not stored", e);
        }
    }
}
