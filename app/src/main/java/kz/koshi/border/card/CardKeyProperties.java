package kz.koshi.border.card;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The card signing keys' settings: the key that seals them in the database ({@code seal-key}, Base64 of 32 bytes;
 * the embedded demo generates one in {@code seal-key-file}), optionally which key signs ({@code active-kid}), and the
 * directory of JWK files from before the keys moved to the database, imported once when the database has none.
 */
@ConfigurationProperties("koshi.border.card-keys")
record CardKeyProperties(@DefaultValue("./data/card-keys") Path directory, String activeKid, String sealKey,
                         @DefaultValue("./data/card-keys-seal.key") Path sealKeyFile) {
}
