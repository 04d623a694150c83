package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.card.CardKeyStore;
import kz.koshi.border.card.CredentialVerifier;
import kz.koshi.border.card.Verification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Migrant cards as the public, police and border officers see them. The public gets the least data: the
 * card's state and the holder's stay status, no names. Officers get the card data with its MRZ and PDF.
 */
@Service
@Transactional(readOnly = true)
public class Cards {

    static final String OFFICERS = "hasAuthority('SCOPE_cards:read') or hasRole('BORDER_OFFICER') or hasRole('MIGRATION_OFFICER')";

    private final CardOffice office;
    private final CardDocument document;
    private final CardKeyStore keys;
    private final StayStatusSource stay;
    private final AuditTrail audit;
    private final Clock clock;

    Cards(CardOffice office, CardDocument document, CardKeyStore keys, StayStatusSource stay, AuditTrail audit, Clock clock) {
        this.office = office;
        this.document = document;
        this.keys = keys;
        this.stay = stay;
        this.audit = audit;
        this.clock = clock;
    }

    /** The public status of a card: valid, revoked or expired, and the holder's stay (legal until, register by, overstay). */
    public record CardStatus(String number, String state, LocalDate validUntil, String stayStatus, LocalDate stayLegalUntil,
                             LocalDate registerBy) {
    }

    public record CardData(String number, String personNumber, String surname, String givenNames, LocalDate birthDate,
                           String sex, String citizenship, LocalDate issuedOn, LocalDate validUntil, String state,
                           String keyId, List<String> mrz, PersonStatus status) {
    }

    public CardStatus status(String number) {
        Card card = office.card(number);
        PersonStatus person = stay.statusOf(card.personNumber(), LocalDate.now(clock));
        return new CardStatus(card.number(), state(card), card.validUntil(), person.status(), person.stayLegalUntil(),
                person.registerBy());
    }

    /** The compact JWS exactly as in the card's QR code; it carries the holder's names, so officers only, audited. */
    @Transactional
    @PreAuthorize(OFFICERS)
    public String credential(String number) {
        Card card = office.card(number);
        audit.record(AuditEvent.success("CARD_CREDENTIAL_VIEWED", "border_card", card.number()));
        return card.credential();
    }

    public Map<String, Object> publicKeys() {
        return keys.ring().publicKeys().toJSONObject(true);
    }

    /**
     * The online check of a scanned or pasted credential: the signature with the published keys only, as an offline
     * reader would, then the card register, which alone knows whether a genuine card has been revoked since.
     */
    public Verification verify(String credential) {
        Verification offline = CredentialVerifier.verify(credential, keys.ring().publicKeys(), LocalDate.now(clock));
        if (!offline.valid()) {
            return offline;
        }
        boolean revoked = office.byNumber(offline.credential().cardNumber()).map(c -> "REVOKED".equals(c.state())).orElse(false);
        return revoked ? Verification.fails(Verification.Reason.REVOKED, offline.keyId(), offline.credential()) : offline;
    }

    @Transactional
    @PreAuthorize(OFFICERS)
    public CardData data(String number) {
        Card card = office.card(number);
        audit.record(AuditEvent.success("CARD_VIEWED", "border_card", card.number()));
        return new CardData(card.number(), card.personNumber(), card.surname(), card.givenNames(), card.birthDate(),
                card.sex(), card.citizenship(), card.issuedOn(), card.validUntil(), state(card), card.keyId(),
                CardOffice.mrz(card), stay.statusOf(card.personNumber(), LocalDate.now(clock)));
    }

    @Transactional
    @PreAuthorize(OFFICERS)
    public byte[] document(String number) {
        Card card = office.card(number);
        audit.record(AuditEvent.success("CARD_PRINTED", "border_card", card.number()));
        return document.render(card);
    }

    @PreAuthorize("hasAuthority('SCOPE_cards:keys') or hasRole('ADMIN')")
    public String rotateKeys() {
        String kid = keys.rotate();
        audit.recordSeparately(AuditEvent.success("CARD_KEY_ROTATED", "card_key", kid));
        return kid;
    }

    private String state(Card card) {
        if ("REVOKED".equals(card.state())) {
            return "REVOKED";
        }
        return LocalDate.now(clock).isAfter(card.validUntil()) ? "EXPIRED" : "VALID";
    }
}
