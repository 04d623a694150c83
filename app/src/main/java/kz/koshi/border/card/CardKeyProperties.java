package kz.koshi.border.card;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the card signing keys live and, optionally, which one signs. */
@ConfigurationProperties("koshi.border.card-keys")
record CardKeyProperties(@DefaultValue("./data/card-keys") Path directory, String activeKid) {
}
