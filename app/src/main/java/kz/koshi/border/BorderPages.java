package kz.koshi.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.booth.CrossingContext;
import kz.koshi.shared.web.QrCode;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the officers' border pages show: a crossing with its card and alerts, and the live board. */
@Service
@Transactional(readOnly = true)
public class BorderPages {

    public static final String OFFICERS = "hasRole('BORDER_OFFICER') or hasRole('MIGRATION_OFFICER')";
    /** Who records crossings at the booth (as {@link CrossingIntake}): the border service's officers. */
    static final String RECORDERS = "hasRole('BORDER_OFFICER')";

    private final CrossingRepository crossings;
    private final AlertRepository alerts;
    private final CardRepository cards;
    private final CheckpointRepository checkpoints;
    private final StayStatusSource stay;
    private final ReferenceData reference;
    private final BanRepository bans;
    private final AuditTrail audit;
    private final Clock clock;

    BorderPages(CrossingRepository crossings, AlertRepository alerts, CardRepository cards, CheckpointRepository checkpoints,
                StayStatusSource stay, ReferenceData reference, BanRepository bans, AuditTrail audit, Clock clock) {
        this.bans = bans;
        this.audit = audit;
        this.crossings = crossings;
        this.alerts = alerts;
        this.cards = cards;
        this.checkpoints = checkpoints;
        this.stay = stay;
        this.reference = reference;
        this.clock = clock;
    }

    record CardPage(Card card, List<String> mrz, String qrSvg) {
    }

    record CrossingPage(StoredCrossing crossing, Checkpoint checkpoint, List<Alert> alerts, CardPage card, PersonStatus status,
                        CrossingContext context) {
    }

    record BoardRow(StoredCrossing crossing, Checkpoint checkpoint, List<Alert> alerts) {
    }

    /** A crossing with what the officer needs to decide it (see {@link CrossingContext}); the read is audited. */
    @Transactional
    @PreAuthorize(OFFICERS)
    public CrossingPage crossing(long id) {
        StoredCrossing c = crossings.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.crossing.not-found"));
        CardPage card = cards.ofPerson(c.personNumber()).map(BorderPages::cardPage).orElse(null);
        audit.record(AuditEvent.success("CROSSING_VIEWED", "border_crossing", id));
        return new CrossingPage(c, checkpoints.find(c.checkpoint()).orElse(null), alerts.ofCrossing(id), card,
                stay.statusOf(c.personNumber(), LocalDate.now(clock)), context(c));
    }

    /** The crossings held now at a checkpoint (the booth's side panel), the longest waiting first. */
    @PreAuthorize(RECORDERS)
    public List<BoardRow> heldAt(String checkpoint) {
        return crossings.heldAt(checkpoint, 20).stream()
                .map(c -> new BoardRow(c, null, alerts.ofCrossing(c.id()))).toList();
    }

    /** One checkpoint (the shift's), or null when there is none by that code. */
    @PreAuthorize(RECORDERS)
    public Checkpoint checkpoint(String code) {
        return checkpoints.find(code).orElse(null);
    }

    private CrossingContext context(StoredCrossing c) {
        LocalDate today = LocalDate.now(clock);
        List<CrossingContext.Child> children = crossings.minorsOf(c.id()).stream().map(m -> new CrossingContext.Child(m,
                Period.between(m.birthDate(), today).getYears(), bans.guardianOnRecord(m.personNumber(), c.personNumber()),
                bans.guardiansOf(m.personNumber()))).toList();
        List<CrossingView> before = crossings.ofPerson(c.personNumber()).stream().filter(o -> o.id() != c.id())
                .map(StoredCrossing::view).toList().reversed();
        return new CrossingContext(Period.between(c.birthDate(), today).getYears(), bans.ofPerson(c.personNumber()), children,
                before.subList(0, Math.min(5, before.size())));
    }

    @PreAuthorize(OFFICERS)
    public CardPage card(String number) {
        return cards.byNumber(number).map(BorderPages::cardPage)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "border.card.not-found"));
    }

    /** The latest crossings, optionally of one checkpoint or one region, with their alerts. */
    @PreAuthorize(OFFICERS)
    public List<BoardRow> board(String checkpoint, String region) {
        return crossings.latest(blank(checkpoint), blank(region), 50).stream()
                .map(c -> new BoardRow(c, checkpoints.find(c.checkpoint()).orElse(null), alerts.ofCrossing(c.id()))).toList();
    }

    /** The checkpoints for the officers' forms and board; asking for them is what opens the border pages. */
    @PreAuthorize(OFFICERS)
    public List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    /** The checkpoints for the crossing form: only those who record crossings open it (not the migration police). */
    @PreAuthorize(RECORDERS)
    public List<Checkpoint> deskCheckpoints() {
        return checkpoints.all();
    }

    /** The board's region choice: the regions in force today (reference data) that have a checkpoint. */
    public List<Region> boardRegions() {
        Set<String> withCheckpoints = checkpoints.all().stream().map(Checkpoint::regionCode).collect(Collectors.toSet());
        return reference.regionsOn(LocalDate.now(clock)).stream().filter(r -> withCheckpoints.contains(r.code())).toList();
    }

    private static CardPage cardPage(Card card) {
        return new CardPage(card, CardOffice.mrz(card), QrCode.svg(card.credential()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
