package kz.koshi.border.card;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import static kz.koshi.border.card.Verification.Reason.*;

/**
 * Verifies a credential with nothing but the published JWK set, as an offline reader would: algorithm,
 * key id, signature, content, then validity on the given date.
 */
public final class CredentialVerifier {

    private CredentialVerifier() {
    }

    public static Verification verify(String compact, JWKSet publicKeys, LocalDate today) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact == null ? "" : compact.strip());
        } catch (ParseException e) {
            return Verification.fails(MALFORMED, null, null);
        }
        String kid = jws.getHeader().getKeyID();
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return Verification.fails(WRONG_ALGORITHM, kid, null);
        }
        JWK key = kid == null ? null : publicKeys.getKeyByKeyId(kid);
        if (!(key instanceof ECKey ec)) {
            return Verification.fails(UNKNOWN_KEY, kid, null);
        }
        CardCredential credential = CredentialContent.read(jws.getPayload().toJSONObject());
        if (!signatureHolds(jws, ec)) {
            return Verification.fails(SIGNATURE_INVALID, kid, null);
        }
        if (credential == null) {
            return Verification.fails(NOT_A_CARD, kid, null);
        }
        if (today.isBefore(credential.validFrom())) {
            return Verification.fails(NOT_YET_VALID, kid, credential);
        }
        if (today.isAfter(credential.validUntil())) {
            return Verification.fails(EXPIRED, kid, credential);
        }
        return new Verification(true, VALID, kid, credential);
    }

    private static boolean signatureHolds(JWSObject jws, ECKey key) {
        try {
            return jws.verify(new ECDSAVerifier(key.toPublicJWK()));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** Reads the VDS-NC style payload back; null when it is not a card's. */
    static final class CredentialContent {

        private CredentialContent() {
        }

        @SuppressWarnings("unchecked")
        static CardCredential read(Map<String, Object> claims) {
            try {
                Map<String, Object> hdr = (Map<String, Object>) claims.get("hdr");
                Map<String, Object> msg = (Map<String, Object>) claims.get("msg");
                if (hdr == null || msg == null || !CardCredential.TYPE.equals(hdr.get("t"))) {
                    return null;
                }
                return new CardCredential((String) msg.get("cn"), (String) msg.get("sn"), (String) msg.get("gn"),
                        LocalDate.parse((String) msg.get("dob")), (String) msg.get("nat"), (String) msg.get("sex"),
                        LocalDate.parse((String) msg.get("vf")), LocalDate.parse((String) msg.get("vu")),
                        (String) claims.get("iss"));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
