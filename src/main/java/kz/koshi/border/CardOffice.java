package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.card.CardCredential;
import kz.koshi.border.card.CardKeyStore;
import kz.koshi.border.card.CardNumber;
import kz.koshi.border.card.CredentialSigner;
import kz.koshi.border.mrz.Td1Writer;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** Issues migrant cards on a foreigner's first entry: number, TD1 MRZ, signed credential. */
@Component
class CardOffice {

    static final String DOCUMENT_CODE = "IM";

    private final CardRepository cards;
    private final CardKeyStore keys;
    private final BorderProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    CardOffice(CardRepository cards, CardKeyStore keys, BorderProperties properties, AuditTrail audit, Clock clock) {
        this.cards = cards;
        this.keys = keys;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's card, issued now if this is their first entry as a foreigner. */
    Card issueIfFirst(StoredCrossing entry) {
        Optional<Card> existing = cards.ofPerson(entry.personNumber());
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate issued = LocalDate.ofInstant(entry.occurredAt(), clock.getZone());
        LocalDate until = issued.plus(properties.cardValidity()).minusDays(1);
        if (entry.documentExpiresOn() != null && entry.documentExpiresOn().isBefore(until)) {
            until = entry.documentExpiresOn();
        }
        long serial = cards.reserve(entry.personNumber(), entry, issued, until);
        String number = CardNumber.of(serial);
        CardCredential content = new CardCredential(number, Td1Writer.mrzName(entry.surname()).replace('<', ' '),
                Td1Writer.mrzName(entry.givenNames()).replace('<', ' '), entry.birthDate(), entry.citizenship(),
                entry.sex(), issued, until, properties.issuer());
        var key = keys.ring().active();
        cards.complete(serial, number, key.getKeyID(), CredentialSigner.sign(content, key, clock.instant()));
        audit.record(AuditEvent.success("CARD_ISSUED", "border_card", number));
        return cards.byNumber(number).orElseThrow();
    }

    Card card(String typedNumber) {
        String number = CardNumber.normalise(typedNumber);
        if (!CardNumber.isValid(number)) {
            throw new DomainProblem(ProblemType.VALIDATION, "number", "border.card.number-invalid");
        }
        return cards.byNumber(number).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.card.not-found"));
    }

    Optional<Card> ofPerson(String personNumber) {
        return cards.ofPerson(personNumber);
    }

    static List<String> mrz(Card card) {
        return Td1Writer.write(new Td1Writer.Card(DOCUMENT_CODE, CardCredential.ISSUING_STATE, card.number(),
                card.birthDate(), card.sex(), card.validUntil(), card.citizenship(), card.surname(), card.givenNames()));
    }
}
