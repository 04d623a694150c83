package kz.koshi.border;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.nimbusds.jose.jwk.ECKey;
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

    /**
     * Issues a card on each of these entries whose traveller holds none yet (the first such entry of a person
     * in the batch); returns the cards issued now, by the crossing that issued them.
     */
    Map<Long, Card> issueOnFirstEntries(List<StoredCrossing> entries) {
        Map<String, Card> held = cards.ofPersons(entries.stream().map(StoredCrossing::personNumber).collect(Collectors.toSet()));
        Map<String, StoredCrossing> first = new TreeMap<>();
        entries.stream().filter(e -> !held.containsKey(e.personNumber())).forEach(e -> first.putIfAbsent(e.personNumber(), e));
        if (first.isEmpty()) {
            return Map.of();
        }
        List<StoredCrossing> firstEntries = List.copyOf(first.values());
        List<Long> serials = cards.newSerials(firstEntries.size());
        var key = keys.ring().active();
        Instant signedAt = clock.instant();
        // Signing is the costly part (ECDSA P-256); the cards of a batch are signed on every core.
        List<Card> issued = IntStream.range(0, firstEntries.size()).parallel()
                .mapToObj(i -> issue(serials.get(i), firstEntries.get(i), key, signedAt)).toList();
        cards.insertAll(issued);
        audit.recordAll(issued.stream().map(c -> AuditEvent.success("CARD_ISSUED", "border_card", c.number())).toList());
        return issued.stream().collect(Collectors.toMap(Card::crossingId, c -> c));
    }

    /**
     * A card on an entry: valid from the day of entry for the configured term, never beyond the travel document. An
     * entry on an expired document is held for the officer (alert DOCUMENT_EXPIRED); if the officer lets it through,
     * the card gets the configured term, since a card that has expired on the day it is issued would serve no one.
     */
    private Card issue(long serial, StoredCrossing entry, ECKey key, Instant signedAt) {
        LocalDate issued = LocalDate.ofInstant(entry.occurredAt(), clock.getZone());
        LocalDate until = issued.plus(properties.cardValidity()).minusDays(1);
        LocalDate documentEnds = entry.documentExpiresOn();
        if (documentEnds != null && !documentEnds.isBefore(issued) && documentEnds.isBefore(until)) {
            until = entry.documentExpiresOn();
        }
        String number = CardNumber.of(serial);
        CardCredential content = new CardCredential(number, Td1Writer.mrzName(entry.surname()).replace('<', ' '),
                Td1Writer.mrzName(entry.givenNames()).replace('<', ' '), entry.birthDate(), entry.citizenship(),
                entry.sex(), issued, until, properties.issuer());
        return new Card(serial, number, entry.personNumber(), entry.id(), entry.surname(), entry.givenNames(), entry.birthDate(),
                entry.sex(), entry.citizenship(), issued, until, "VALID", key.getKeyID(), CredentialSigner.sign(content, key, signedAt));
    }

    Map<String, Card> ofPersons(Collection<String> personNumbers) {
        return cards.ofPersons(personNumbers);
    }

    Card card(String typedNumber) {
        String number = CardNumber.normalise(typedNumber);
        if (!CardNumber.isValid(number)) {
            throw new DomainProblem(ProblemType.VALIDATION, "number", "border.card.number-invalid");
        }
        return cards.byNumber(number).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.card.not-found"));
    }

    Optional<Card> byNumber(String number) {
        return cards.byNumber(number);
    }

    Optional<Card> ofPerson(String personNumber) {
        return cards.ofPerson(personNumber);
    }

    static List<String> mrz(Card card) {
        return Td1Writer.write(new Td1Writer.Card(DOCUMENT_CODE, CardCredential.ISSUING_STATE, card.number(),
                card.birthDate(), card.sex(), card.validUntil(), card.citizenship(), card.surname(), card.givenNames()));
    }
}
