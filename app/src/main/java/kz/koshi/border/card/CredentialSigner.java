package kz.koshi.border.card;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;

/** Signs a card's credential as a compact JWS, ES256 over P-256, with the signing key's {@code kid}. */
public final class CredentialSigner {

    private CredentialSigner() {
    }

    public static String sign(CardCredential credential, ECKey key, Instant issuedAt) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JOSE).build();
        JWSObject jws = new JWSObject(header, new Payload(claims(credential, issuedAt)));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the card key cannot sign", e);
        }
        return jws.serialize();
    }

    static Map<String, Object> claims(CardCredential c, Instant issuedAt) {
        Map<String, Object> hdr = new LinkedHashMap<>();
        hdr.put("t", CardCredential.TYPE);
        hdr.put("v", 1);
        hdr.put("is", CardCredential.ISSUING_STATE);
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("cn", c.cardNumber());
        msg.put("sn", c.surname());
        msg.put("gn", c.givenNames());
        msg.put("dob", c.birthDate().toString());
        msg.put("nat", c.citizenship());
        msg.put("sex", c.sex());
        msg.put("vf", c.validFrom().toString());
        msg.put("vu", c.validUntil().toString());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", c.issuer());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("hdr", hdr);
        claims.put("msg", msg);
        return claims;
    }
}
