package kz.koshi.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a caller's address is kept: a keyed hash (HMAC-SHA-256; an address is personal data and no table shows
 * one), used by the public site's counts, the sign-in and survey-resume throttles and the anonymous refusal counts. The
 * key is random, made by the first node that starts (outside any transaction, so no caller's rollback can take it back)
 * and kept in {@code recruitment_address_key} (its name from V240, where it began), so every node hashes an address alike
 * and the hashes stay stable across restarts.
 */
@Component
public class AddressHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    AddressHash(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At start-up: reads the key, or makes it if no node has yet. */
    @EventListener(ApplicationReadyEvent.class)
    public void prepare() {
        key();
    }

    /** The address as 64 hex characters. */
    public String of(String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(Base64.getDecoder().decode(stored().orElseGet(this::made)), ALGORITHM);
        }
        return key;
    }

    private Optional<String> stored() {
        return jdbc.sql("select key_bytes from recruitment_address_key where id = 1").query(String.class).optional();
    }

    private String made() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        // "on conflict do nothing": another node may have made it first (its key is the one), and the caller's transaction,
        // if any, must survive the race (on PostgreSQL a failed insert would abort it)
        jdbc.sql("insert into recruitment_address_key (id, key_bytes) values (1, ?) on conflict do nothing")
                .param(Base64.getEncoder().encodeToString(bytes)).update();
        return stored().orElseThrow();
    }
}
