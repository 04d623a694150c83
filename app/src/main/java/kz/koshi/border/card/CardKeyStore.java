package kz.koshi.border.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.ECKey;
import kz.koshi.shared.SealKeys;
import kz.koshi.shared.SealedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the card signing keys in the database, shared by every node, each private key sealed under
 * {@code koshi.border.card-keys.seal-key}. With no key there, the first use imports the JWK files of
 * {@code koshi.border.card-keys.directory} (where keys were kept before) or else generates one. Rotation adds a key
 * that becomes the active one on every node (the newest signs unless {@code active-kid} pins one); old keys stay,
 * so old cards stay verifiable. Each node rereads the keys when the newest one changed.
 */
@Component
public class CardKeyStore {

    private record Loaded(long newest, CardKeyRing ring) {
    }

    private final CardKeyRows rows;
    private final CardKeyProperties properties;
    private final Clock clock;
    private volatile Loaded loaded;

    CardKeyStore(JdbcClient jdbc, CardKeyProperties properties, @Value("${koshi.demo.enabled:false}") boolean demo, Clock clock) {
        this.rows = new CardKeyRows(jdbc, new SealedText(SealKeys.load("koshi.border.card-keys.seal-key", properties.sealKey(),
                properties.sealKeyFile(), demo)));
        this.properties = properties;
        this.clock = clock;
    }

    /** The keys as stored now (one query when nothing changed). */
    public CardKeyRing ring() {
        long newest = rows.newest();
        if (newest == 0) {
            firstKeys();
            newest = rows.newest();
        }
        Loaded current = loaded;
        if (current == null || current.newest() != newest) {
            current = new Loaded(newest, CardKeyRing.of(rows.all(), properties.activeKid()));
            loaded = current;
        }
        return current.ring();
    }

    /** Generates a new key, stores it and makes it the active one on every node. Returns its kid. */
    public String rotate() {
        ECKey key = CardKeyRing.generate(Date.from(clock.instant()));
        try {
            rows.add(key);
        } catch (DuplicateKeyException anotherNodeRotated) {
            rows.add(key);
        }
        return key.getKeyID();
    }

    private void firstKeys() {
        List<ECKey> imported = read(properties.directory());
        try {
            for (ECKey key : imported.isEmpty() ? List.of(CardKeyRing.generate(Date.from(clock.instant()))) : imported) {
                rows.add(key);
            }
        } catch (DuplicateKeyException anotherNodeStoredThem) {
            // another node stored the first keys at the same moment: its keys are the ones
        }
    }

    private static List<ECKey> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jwk")).map(CardKeyStore::parse)
                    .sorted(java.util.Comparator.comparing(ECKey::getIssueTime)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("card key directory unreadable", e);
        }
    }

    private static ECKey parse(Path file) {
        try {
            return ECKey.parse(Files.readString(file));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("unreadable card key file " + file.getFileName(), e);
        }
    }
}
