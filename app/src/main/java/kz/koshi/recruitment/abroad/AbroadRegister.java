package kz.koshi.recruitment.abroad;

import java.time.LocalDate;

import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.Direction;
import kz.koshi.recruitment.PlacementReported;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the register learns of stays abroad: a placement, a citizen's exit for work or return at the border, a
 * consular registration or deregistration. A feed record is taken once; a record about a person already abroad in
 * that country (or in a country not yet known) adds to that stay instead of opening another.
 */
@Service
@Transactional
class AbroadRegister {

    static final String HOME = "KAZ";
    static final String WORK = "WORK";

    private final StayRepository stays;

    AbroadRegister(StayRepository stays) {
        this.stays = stays;
    }

    void placed(PlacementReported p) {
        String reference = p.placementId().toString();
        if (stays.stayOf(FeedSource.PLACEMENT, reference).isPresent()) {
            return;
        }
        long stay = stayFor(p.personNumber(), p.countryCode(), LegalStatus.WITH_PLACEMENT, p.contractStart());
        stays.placement(stay, p.agencyCode(), p.contractStart(), p.contractEnd());
        stays.source(stay, FeedSource.PLACEMENT, reference, p.contractStart());
    }

    /** A citizen leaving for work is abroad for work; a citizen entering ends every stay abroad begun by then. */
    void crossed(CrossingRecorded c) {
        if (!HOME.equals(c.citizenship())) {
            return;
        }
        if (c.direction() == Direction.ENTRY) {
            stays.endAll(c.personNumber(), c.occurredOn(), ReturnReason.BORDER_ENTRY);
            return;
        }
        String reference = String.valueOf(c.crossingId());
        if (WORK.equals(c.purpose()) && stays.stayOf(FeedSource.BORDER_EXIT, reference).isEmpty()) {
            long stay = stays.openIn(c.personNumber(), null)
                    .map(s -> learnt(s, c.countryCode(), LegalStatus.UNKNOWN, c.occurredOn()))
                    .orElseGet(() -> stays.open(c.personNumber(), c.countryCode(), LegalStatus.UNKNOWN, c.occurredOn()));
            stays.source(stay, FeedSource.BORDER_EXIT, reference, c.occurredOn());
        }
    }

    /** A consulate's registration (again: its status and city are updated); its deregistration ends the stay. */
    void registered(ConsularRegistration r, String personNumber, String consulate) {
        String reference = r.reference(personNumber);
        long stay = stays.stayOf(FeedSource.CONSULAR, reference)
                .map(id -> learnt(stays.find(id).orElseThrow(), r.countryCode(), r.status(), r.registeredOn()))
                .orElseGet(() -> {
                    long id = stayFor(personNumber, r.countryCode(), r.status(), r.registeredOn());
                    stays.source(id, FeedSource.CONSULAR, reference, r.registeredOn());
                    return id;
                });
        stays.consular(stay, consulate, r.city(), r.deregisteredOn() != null ? r.deregisteredOn() : r.registeredOn());
        if (r.deregisteredOn() != null) {
            stays.end(stay, r.deregisteredOn(), ReturnReason.CONSULAR_DEREGISTRATION);
        }
    }

    void merged(String from, String to) {
        stays.movePerson(from, to);
    }

    private long stayFor(String person, String country, LegalStatus status, LocalDate startedOn) {
        return stays.openIn(person, country).map(s -> learnt(s, country, status, startedOn))
                .orElseGet(() -> stays.open(person, country, status, startedOn));
    }

    private long learnt(Stay stay, String country, LegalStatus status, LocalDate startedOn) {
        stays.learn(stay, country, status, startedOn);
        return stay.id();
    }
}
