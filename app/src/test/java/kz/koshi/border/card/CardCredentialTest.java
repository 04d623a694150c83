package kz.koshi.border.card;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardCredentialTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ECKey OLD = CardKeyRing.generate(new Date(1_700_000_000_000L));
    private static final ECKey NEW = CardKeyRing.generate(new Date(1_760_000_000_000L));
    private static final CardCredential CARD = new CardCredential("M00000123", "YUSUPOV", "SHERZOD",
            LocalDate.of(1994, 3, 12), "UZB", "M", LocalDate.of(2026, 11, 20), LocalDate.of(2029, 11, 19), "KZ-KNB-BORDER");

    private final JWKSet published = CardKeyRing.of(java.util.List.of(OLD, NEW), null).publicKeys();

    @Test
    void aSignedCredentialVerifiesWithThePublishedKeysAndCarriesTheCard() {
        String jws = CredentialSigner.sign(CARD, NEW, Instant.parse("2026-11-20T08:15:00Z"));
        assertThat(jws.split("\\.")).hasSize(3);
        Verification v = CredentialVerifier.verify(jws, published, TODAY);
        assertThat(v.valid()).isTrue();
        assertThat(v.keyId()).isEqualTo(NEW.getKeyID());
        assertThat(v.credential()).isEqualTo(CARD);
    }

    @Test
    void theHeaderIsEs256WithAKidAndThePublishedSetHasNoPrivateParts() {
        String header = new String(Base64.getUrlDecoder().decode(CredentialSigner.sign(CARD, NEW, Instant.EPOCH).split("\\.")[0]));
        assertThat(header).contains("\"alg\":\"ES256\"").contains("\"kid\":\"" + NEW.getKeyID() + "\"");
        assertThat(published.toString()).doesNotContain("\"d\"");
        assertThat(published.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void aCardSignedBeforeARotationStillVerifies() {
        CardKeyRing ring = CardKeyRing.of(java.util.List.of(OLD), null);
        String old = CredentialSigner.sign(CARD, ring.active(), Instant.EPOCH);
        CardKeyRing rotated = ring.with(NEW);
        assertThat(rotated.active().getKeyID()).isEqualTo(NEW.getKeyID());
        assertThat(CredentialVerifier.verify(old, rotated.publicKeys(), TODAY).valid()).isTrue();
    }

    @Test
    void anAlteredPayloadFailsOnTheSignature() {
        String[] parts = CredentialSigner.sign(CARD, NEW, Instant.EPOCH).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("2029-11-19", "2039-11-19");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        Verification v = CredentialVerifier.verify(altered, published, TODAY);
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).isEqualTo(Verification.Reason.SIGNATURE_INVALID);
    }

    @Test
    void aForgerysOwnKeyIsUnknownOrFailsUnderAStolenKid() {
        ECKey forger = CardKeyRing.generate(new Date());
        assertThat(CredentialVerifier.verify(CredentialSigner.sign(CARD, forger, Instant.EPOCH), published, TODAY).reason())
                .isEqualTo(Verification.Reason.UNKNOWN_KEY);
        ECKey impostor = new ECKey.Builder(forger).keyID(NEW.getKeyID()).build();
        assertThat(CredentialVerifier.verify(CredentialSigner.sign(CARD, impostor, Instant.EPOCH), published, TODAY).reason())
                .isEqualTo(Verification.Reason.SIGNATURE_INVALID);
    }

    @Test
    void unsignedGarbageAndExpiredCardsFailWithTheirReason() {
        assertThat(CredentialVerifier.verify("not-a-jws", published, TODAY).reason()).isEqualTo(Verification.Reason.MALFORMED);
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + ".e30.";
        assertThat(CredentialVerifier.verify(none, published, TODAY).reason()).isIn(Verification.Reason.WRONG_ALGORITHM,
                Verification.Reason.MALFORMED);
        String jws = CredentialSigner.sign(CARD, NEW, Instant.EPOCH);
        Verification late = CredentialVerifier.verify(jws, published, LocalDate.of(2030, 1, 1));
        assertThat(late.reason()).isEqualTo(Verification.Reason.EXPIRED);
        assertThat(late.credential().cardNumber()).isEqualTo("M00000123");
    }

    @Test
    void cardNumbersCarryACheckDigitThatCatchesATypo() {
        String number = CardNumber.of(123);
        assertThat(number).hasSize(9).startsWith("M0000123");
        assertThat(CardNumber.isValid(number)).isTrue();
        char wrong = number.charAt(7) == '9' ? '0' : (char) (number.charAt(7) + 1);
        assertThat(CardNumber.isValid(number.substring(0, 7) + wrong + number.charAt(8))).isFalse();
        assertThat(CardNumber.isValid("X00001234")).isFalse();
        assertThat(CardNumber.normalise(" m0000-1234 ")).isEqualTo("M00001234");
    }
}
