package kz.koshi.border;

import kz.koshi.shared.PersonSelection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read and ask of the border module: crossings, bans, presence, cards. */
@Service
@Transactional(readOnly = true)
public class BorderRecords {

    private final CrossingRepository crossings;
    private final BanRepository bans;
    private final PresenceRepository presence;
    private final CardRepository cards;
    private final AuditTrail audit;
    private final Clock clock;

    BorderRecords(CrossingRepository crossings, BanRepository bans, PresenceRepository presence, CardRepository cards,
                  AuditTrail audit, Clock clock) {
        this.crossings = crossings;
        this.bans = bans;
        this.presence = presence;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CrossingView> crossingsOf(String personNumber) {
        return crossings.ofPerson(personNumber).stream().map(StoredCrossing::view).toList();
    }

    public List<BanView> bansOf(String personNumber) {
        return bans.ofPerson(personNumber);
    }

    /** The crossings of the selected persons, by person, each in time order: for sweeps and batches. */
    public Map<String, List<CrossingView>> crossingsOf(PersonSelection persons) {
        return crossings.ofPersons(persons).stream().map(StoredCrossing::view)
                .collect(Collectors.groupingBy(CrossingView::personNumber, LinkedHashMap::new, Collectors.toList()));
    }

    /** The bans of the selected persons, by person: for sweeps and batches. */
    public Map<String, List<BanView>> bansOf(PersonSelection persons) {
        return bans.ofPersons(persons).stream()
                .collect(Collectors.groupingBy(BanView::personNumber, LinkedHashMap::new, Collectors.toList()));
    }

    public Optional<CardView> cardOf(String personNumber) {
        return cards.ofPerson(personNumber).map(Card::view);
    }

    /** A page of the persons now in the country (last crossing an entry), in person-number order. */
    public List<String> presentAfter(String afterPersonNumber, int limit) {
        return presence.presentAfter(afterPersonNumber == null ? "" : afterPersonNumber, limit);
    }

    /** Imposes an entry ban or a watch-list entry; E3 bans from court expulsions come this way from stay. */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_stay:write') or hasAuthority('SCOPE_crossings:write') or hasRole('MIGRATION_OFFICER') "
            + "or hasRole('BORDER_OFFICER')")
    public BanView imposeBan(String personNumber, String kind, String reason, String basis, LocalDate from, LocalDate until) {
        long id = bans.insert(personNumber, kind, reason, basis, from, until, clock.instant());
        audit.record(AuditEvent.success("ENTRY_BAN_IMPOSED", "border_ban", id).because(kind + " " + reason));
        return bans.ofPerson(personNumber).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    /** Moves the end of a ban, e.g. a court expulsion's 5 years counted again from the recorded exit. */
    @Transactional
    public void extendBan(long banId, LocalDate until) {
        bans.extend(banId, until);
        audit.record(AuditEvent.success("ENTRY_BAN_EXTENDED", "border_ban", banId));
    }

    /** A court expulsion revokes the person's migrant card: its public status then says REVOKED. */
    @Transactional
    public void revokeCard(String personNumber) {
        cards.ofPerson(personNumber).ifPresent(card -> {
            cards.revoke(card.number());
            audit.record(AuditEvent.success("CARD_REVOKED", "border_card", card.number()));
        });
    }

    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_crossings:write') or hasAuthority('SCOPE_stay:write') or hasRole('BORDER_OFFICER')")
    public void recordGuardian(String child, String adult, String relation) {
        bans.recordGuardian(child, adult, relation, clock.instant());
        audit.record(AuditEvent.success("GUARDIAN_RECORDED", "person", child));
    }
}
