package kz.koshi.border.card;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The credential rules of docs/border.md that no other test proved: the VDS-NC shape, every reason. */
class CardVerificationRulesTest {

    private static final ECKey KEY = CardKeyRing.generate(new Date(1_760_000_000_000L));
    private static final CardCredential CARD = new CardCredential("M00000123", "YUSUPOV", "SHERZOD",
            LocalDate.of(1994, 3, 12), "UZB", "M", LocalDate.of(2026, 11, 20), LocalDate.of(2029, 11, 19), "KZ-KNB-BORDER");
    private final JWKSet published = CardKeyRing.of(List.of(KEY), null).publicKeys();

    @Test
    @SuppressWarnings("unchecked")
    void thePayloadHasTheShapeOfAnIcaoVdsNcSeal() throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(CredentialSigner.sign(CARD, KEY, Instant.EPOCH).split("\\.")[1]));
        Map<String, Object> claims = JSONObjectUtils.parse(payload);
        assertThat(claims).containsEntry("iss", "KZ-KNB-BORDER").containsKey("iat");
        assertThat((Map<String, Object>) claims.get("hdr")).containsEntry("t", "kz.migrant-card").containsEntry("is", "KAZ")
                .containsKey("v");
        assertThat((Map<String, Object>) claims.get("msg")).containsEntry("cn", "M00000123").containsEntry("sn", "YUSUPOV")
                .containsEntry("gn", "SHERZOD").containsEntry("dob", "1994-03-12").containsEntry("nat", "UZB")
                .containsEntry("vf", "2026-11-20").containsEntry("vu", "2029-11-19");
    }

    @Test
    void aCardBeforeItsFirstDayAnotherAlgorithmAndAnotherDocumentFailWithTheirReason() throws Exception {
        String jws = CredentialSigner.sign(CARD, KEY, Instant.EPOCH);
        assertThat(CredentialVerifier.verify(jws, published, LocalDate.of(2026, 11, 19)).reason())
                .isEqualTo(Verification.Reason.NOT_YET_VALID);
        assertThat(CredentialVerifier.verify(jws, published, LocalDate.of(2026, 11, 20)).valid()).isTrue();

        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
                new Payload(Base64.getUrlDecoder().decode(jws.split("\\.")[1])));
        hmac.sign(new MACSigner(new byte[32]));
        assertThat(CredentialVerifier.verify(hmac.serialize(), published, LocalDate.of(2027, 1, 1)).reason())
                .isEqualTo(Verification.Reason.WRONG_ALGORITHM);

        JWSObject other = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY.getKeyID()).build(),
                new Payload("{\"iss\":\"KZ-KNB-BORDER\",\"hdr\":{\"t\":\"kz.something-else\",\"v\":1,\"is\":\"KAZ\"},\"msg\":{}}"));
        other.sign(new ECDSASigner(KEY));
        assertThat(CredentialVerifier.verify(other.serialize(), published, LocalDate.of(2027, 1, 1)).reason())
                .isEqualTo(Verification.Reason.NOT_A_CARD);
    }
}
