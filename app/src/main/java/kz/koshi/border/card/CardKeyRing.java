package kz.koshi.border.card;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The card signing keys: one active private key, and every key ever used, whose public halves stay
 * published so that cards signed before a rotation still verify.
 */
public record CardKeyRing(List<ECKey> keys, String activeKid) {

    public CardKeyRing {
        keys = List.copyOf(keys);
        if (keys.stream().noneMatch(k -> k.getKeyID().equals(activeKid))) {
            throw new IllegalArgumentException("the active card key is not in the ring");
        }
    }

    /** The active key: the configured kid, or else the newest. */
    public static CardKeyRing of(List<ECKey> keys, String configuredKid) {
        String kid = configuredKid != null && !configuredKid.isBlank() ? configuredKid
                : keys.stream().max(Comparator.comparing(ECKey::getIssueTime)).orElseThrow().getKeyID();
        return new CardKeyRing(keys, kid);
    }

    public ECKey active() {
        return keys.stream().filter(k -> k.getKeyID().equals(activeKid)).findFirst().orElseThrow();
    }

    /** The public JWK set: what {@code GET /api/v1/cards/keys} publishes. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }

    public CardKeyRing with(ECKey added) {
        List<ECKey> all = new java.util.ArrayList<>(keys);
        all.add(added);
        return new CardKeyRing(all, added.getKeyID());
    }

    /** A new P-256 signing key, its kid made of its issue date and its RFC 7638 thumbprint. */
    public static ECKey generate(Date now) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .issueTime(now).generate();
            String day = new java.text.SimpleDateFormat("yyyyMMdd").format(now);
            String kid = "kz-card-" + day + "-" + key.computeThumbprint().toString().substring(0, 8);
            return new ECKey.Builder(key).keyID(kid).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("no P-256 key could be generated", e);
        }
    }
}
