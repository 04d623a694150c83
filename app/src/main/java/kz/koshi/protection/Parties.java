package kz.koshi.protection;

import java.time.Clock;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.translit.Scripts;
import org.springframework.stereotype.Component;

/**
 * Who and where: the persons (through the identity registry), organisations and places named in a case,
 * and, for investigators, those named in more than one case, so the same recruiter or employer is seen
 * across cases and regions.
 */
@Component
class Parties {

    private final CaseAccess caseAccess;
    private final PartyRepository parties;
    private final PersonRegistry persons;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    Parties(CaseAccess caseAccess, PartyRepository parties, PersonRegistry persons, Timeline timeline, AuditTrail audit,
            Clock clock) {
        this.caseAccess = caseAccess;
        this.parties = parties;
        this.persons = persons;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    void add(long caseId, NewParty p) {
        caseAccess.write(caseId);
        PartyRepository.Stored stored = switch (p.kind()) {
            case PERSON -> {
                PersonRegistry.Resolved person = persons.resolve(p);
                yield new PartyRepository.Stored(person.personNumber(), person.recordId(), "P:" + person.personNumber());
            }
            case ORGANISATION -> new PartyRepository.Stored(null, null,
                    p.businessId() != null && !p.businessId().isBlank() ? "B:" + p.businessId() : "O:" + fold(p.label()));
            case PLACE -> new PartyRepository.Stored(null, null, "L:" + p.regionCode() + ":" + fold(p.label()));
        };
        parties.insert(caseId, p, stored, Actor.current().name(), clock.instant());
        timeline.record(caseId, "PARTY_NAMED", p.role());
        audit.record(AuditEvent.success("CASE_PARTY_NAMED", "protection_case", caseId).because(AuditReason.of("party-named", ReasonArg.label("protection.party-kind.", p.kind()), ReasonArg.label("protection.party-role.", p.role()))));
    }

    List<RecurringParty> recurring() {
        List<RecurringParty> list = parties.recurring();
        audit.record(AuditEvent.success("RECURRING_PARTIES_READ", "protection_case_party", null).because(AuditReason.of("parties-listed", ReasonArg.number(list.size()))));
        return list;
    }

    /** Cyrillic and Latin spellings of the same name fold to one key (shared transliteration). */
    static String fold(String text) {
        return Scripts.matchKey(text == null ? "" : text.strip());
    }
}
