package kz.koshi.border.card;

import java.text.ParseException;
import java.time.ZoneOffset;
import java.util.List;

import com.nimbusds.jose.jwk.ECKey;
import kz.koshi.shared.SealedText;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The card keys' rows: each private JWK sealed, numbered in the order the keys were made. */
final class CardKeyRows {

    private final JdbcClient jdbc;
    private final SealedText sealed;

    CardKeyRows(JdbcClient jdbc, SealedText sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** The newest key's serial, 0 when there is none. */
    long newest() {
        return jdbc.sql("select coalesce(max(serial), 0) from border_card_key").query(Long.class).single();
    }

    /** Every key, oldest first. */
    List<ECKey> all() {
        return jdbc.sql("select sealed_jwk from border_card_key order by serial")
                .query((rs, n) -> parse(sealed.open(rs.getString(1)))).list();
    }

    /** Stores a key as the newest; two nodes adding at once: one of them gets a DuplicateKeyException. */
    void add(ECKey key) {
        jdbc.sql("""
                insert into border_card_key (kid, serial, issued_at, sealed_jwk)
                select ?, coalesce(max(serial), 0) + 1, ?, ? from border_card_key""")
                .params(key.getKeyID(), key.getIssueTime().toInstant().atOffset(ZoneOffset.UTC), sealed.seal(key.toJSONString()))
                .update();
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored card key is not a JWK", e);
        }
    }
}
