package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.border.BorderCommands.BanLifting;
import kz.koshi.border.BorderCommands.NewBan;
import kz.koshi.border.BorderCommands.NewGuardian;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.PersonSelection;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read and ask of the border module: crossings, bans, presence, cards. */
@Service
@Transactional(readOnly = true)
public class BorderRecords {

    /** Bans and their lifting: the border service and the migration police (officers and systems), no one else. */
    static final String BAN_KEEPERS = "hasAuthority('SCOPE_bans:write') or hasRole('MIGRATION_OFFICER') or hasRole('BORDER_OFFICER')";
    /** Guardians of minors: the border service and the migration police (officers and systems). */
    static final String GUARDIAN_KEEPERS = "hasAuthority('SCOPE_guardians:write') or hasRole('BORDER_OFFICER') "
            + "or hasRole('MIGRATION_OFFICER')";

    private final CrossingRepository crossings;
    private final BanRepository bans;
    private final PresenceRepository presence;
    private final CardRepository cards;
    private final CheckpointRepository checkpoints;
    private final IdentityResolution identity;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    BorderRecords(CrossingRepository crossings, BanRepository bans, PresenceRepository presence, CardRepository cards,
                  CheckpointRepository checkpoints, IdentityResolution identity, AuditTrail audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.crossings = crossings;
        this.bans = bans;
        this.presence = presence;
        this.cards = cards;
        this.checkpoints = checkpoints;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CrossingView> crossingsOf(String personNumber) {
        return crossings.ofPerson(personNumber).stream().map(StoredCrossing::view).toList();
    }

    public List<BanView> bansOf(String personNumber) {
        return bans.ofPerson(personNumber);
    }

    /** The active checkpoints (reference data of the border service), for other modules' forms and checks. */
    public List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    /** The region (reference code) of an active checkpoint: where the stay module places a violator. */
    public Optional<String> regionOfCheckpoint(String checkpointCode) {
        return checkpoints.find(checkpointCode).map(Checkpoint::regionCode);
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
    @PreAuthorize(BAN_KEEPERS)
    public BanView imposeBan(NewBan ban) {
        String person = known(ban.personNumber(), "personNumber");
        if (ban.validUntil() != null && ban.validUntil().isBefore(ban.validFrom())) {
            throw new DomainProblem(ProblemType.VALIDATION, "validUntil", "border.ban.until-before-from");
        }
        if (bans.ofPerson(person).stream().anyMatch(b -> b.repeatedBy(person, ban.kind(), ban.reason(), ban.validFrom(), ban.validUntil()))) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.ban.duplicate");
        }
        long id = bans.insert(person, ban.kind(), ban.reason(), ban.basis().strip(), ban.validFrom(), ban.validUntil(),
                clock.instant());
        events.publishEvent(new EntryBanImposed(id, ban.kind(), ban.reason(), ban.validFrom(), LocalDate.now(clock)));
        audit.record(AuditEvent.success("ENTRY_BAN_IMPOSED", "border_ban", id).because(AuditReason.of("ban", ReasonArg.label("border.alert.", ban.kind()), ReasonArg.label("border.alert.reason.", ban.reason()))));
        return bans.find(id).orElseThrow();
    }

    /** Lifts an entry ban or ends a watch-list entry from a day on; the record stays, with who and why. */
    @Transactional
    @PreAuthorize(BAN_KEEPERS)
    public BanView liftBan(long banId, BanLifting lifting) {
        BanView ban = bans.find(banId).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.ban.not-found"));
        if (ban.lifted()) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.ban.already-lifted");
        }
        if (ban.validUntil() != null && ban.validUntil().isBefore(lifting.liftedOn())) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.ban.already-ended");
        }
        if (!bans.lift(banId, lifting.liftedOn(), CurrentActor.name(), lifting.basis().strip())) {
            throw new DomainProblem(ProblemType.CONFLICT, "border.ban.already-lifted");
        }
        audit.record(AuditEvent.success("ENTRY_BAN_LIFTED", "border_ban", banId).because(AuditReason.of("ban", ReasonArg.label("border.alert.", ban.kind()), ReasonArg.label("border.alert.reason.", ban.reason()))));
        return bans.find(banId).orElseThrow();
    }

    /**
     * Moves the end of a ban, e.g. a court expulsion's 5 years counted again from the recorded exit. A ban that ends on
     * that day already is left alone and nothing is audited (the same crossings delivered again, by another node).
     */
    @Transactional
    public void extendBan(long banId, LocalDate until) {
        if (bans.extend(banId, until)) {
            audit.record(AuditEvent.success("ENTRY_BAN_EXTENDED", "border_ban", banId));
        }
    }

    /** A court expulsion revokes the person's migrant card: its public status then says REVOKED. */
    @Transactional
    public void revokeCard(String personNumber) {
        cards.ofPerson(personNumber).ifPresent(card -> {
            cards.revoke(card.number());
            audit.record(AuditEvent.success("CARD_REVOKED", "border_card", card.number()));
        });
    }

    /**
     * Records a parent or legal guardian of a minor citizen, the record the minors' exit alert looks for. Both
     * persons must be in the registry, the child a citizen under 18. The same pair twice is kept once.
     */
    @Transactional
    @PreAuthorize(GUARDIAN_KEEPERS)
    public void recordGuardian(NewGuardian guardian) {
        String child = known(guardian.childPersonNumber(), "childPersonNumber");
        String adult = known(guardian.adultPersonNumber(), "adultPersonNumber");
        if (child.equals(adult)) {
            throw new DomainProblem(ProblemType.VALIDATION, "adultPersonNumber", "border.guardian.same-person");
        }
        if (!minorCitizen(child)) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "childPersonNumber", "border.guardian.not-a-minor-citizen");
        }
        if (bans.recordGuardian(child, adult, guardian.relation(), blankToNull(guardian.basis()), CurrentActor.name(),
                clock.instant())) {
            audit.record(AuditEvent.success("GUARDIAN_RECORDED", "person", child).because(AuditReason.of("guardian-recorded", ReasonArg.label("border.relation.", guardian.relation()))));
        }
    }

    public List<GuardianView> guardiansOf(String childPersonNumber) {
        return bans.guardiansOf(childPersonNumber);
    }

    /** A citizen of Kazakhstan under 18 today, by the registry's birth date; an unknown birth date is not a minor. */
    public boolean minorCitizen(String personNumber) {
        return identity.registered(personNumber).filter(p -> AlertRules.HOME.equals(p.citizenship()))
                .flatMap(p -> birthDate(p.birthDate()))
                .map(born -> Period.between(born, LocalDate.now(clock)).getYears() < 18).orElse(false);
    }

    /** The person's current number (following merges), or a NOT_FOUND problem against the field. */
    private String known(String personNumber, String field) {
        return identity.registered(personNumber).map(PersonSummary::personNumber)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, field, "border.person.unknown"));
    }

    private static Optional<LocalDate> birthDate(String value) {
        try {
            return Optional.ofNullable(value).map(LocalDate::parse);
        } catch (DateTimeParseException partial) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
