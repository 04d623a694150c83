package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's screening requests (issue 16): the hotline asks, with the facts as told, the crisis centre nearest to
 * the call's region (or the one it names, or the police); the request waits in that agency's queue, where its officers
 * read the facts (audited) and open a screening from it. The hotline learns only whether it was screened.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("screening-requests")
public class ScreeningRequests {

    static final String HOTLINE = "hasRole('HOTLINE_OPERATOR') or hasAuthority('SCOPE_hotline:write')";
    static final String QUEUE = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR','MIGRATION_OFFICER')";
    private static final Set<AgencyType> ASKED = Set.of(AgencyType.CRISIS_CENTRE, AgencyType.MIGRATION_POLICE);

    private final ScreeningRequestRepository requests;
    private final CaseManagement cases;
    private final ScreeningHandOver handOver;
    private final ReferenceData reference;
    private final NoteCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    ScreeningRequests(ScreeningRequestRepository requests, CaseManagement cases, ScreeningHandOver handOver,
                      ReferenceData reference, NoteCipher cipher, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.handOver = handOver;
        this.reference = reference;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks for a screening; an agency that does not exist or is neither a crisis centre nor the police is refused. */
    @PreAuthorize(HOTLINE)
    public ScreeningRequestReceipt request(HotlineScreeningRequest r) {
        LocalDate today = LocalDate.now(clock);
        if (r.facts() == null || r.facts().isBlank()) {
            throw new DomainProblem(ProblemType.VALIDATION, "facts", "protection.screening-request.facts-required");
        }
        if (r.regionCode() == null || reference.regionsOn(today).stream().noneMatch(x -> x.code().equals(r.regionCode()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "protection.screening-request.region-unknown");
        }
        String agency = r.agencyCode() == null || r.agencyCode().isBlank() ? handOver.nearestTo(r.regionCode(), today) : asked(r.agencyCode());
        long id = requests.insert(r, agency, cipher.encrypt(r.facts().strip()), clock.instant());
        audit.record(AuditEvent.success("SCREENING_REQUESTED", "protection_screening_request", id)
                .because(AuditReason.of("hotline-call", ReasonArg.id(r.callId()))));
        return new ScreeningRequestReceipt(id, agency);
    }

    /** Whether the hotline's request has been screened yet; nothing else of what followed. */
    @Transactional(readOnly = true)
    @PreAuthorize(HOTLINE + " or hasAuthority('SCOPE_hotline:read')")
    public Optional<ScreeningRequestStatus> status(long id) {
        return requests.find(id).map(ScreeningRequest::status);
    }

    /** The requests waiting for the officer's agency, without their facts. */
    @PreAuthorize(QUEUE)
    public List<ScreeningRequest> waiting() {
        List<ScreeningRequest> waiting = requests.waitingFor(Actor.current().agencyCode());
        audit.record(AuditEvent.success("SCREENING_REQUESTS_READ", "protection_screening_request", null)
                .because(AuditReason.of("screening-requests-waiting", ReasonArg.number(waiting.size()))));
        return waiting;
    }

    /** One request with its facts, for the agency asked; anyone else is told it does not exist (audited). */
    @PreAuthorize(QUEUE)
    public ScreeningRequest open(long id) {
        ScreeningRequest r = mine(id, "READ");
        audit.record(AuditEvent.success("SCREENING_REQUEST_READ", "protection_screening_request", id));
        return new ScreeningRequest(r.id(), r.hotlineCall(), r.agencyCode(), r.regionCode(), cipher.decrypt(r.facts()),
                r.status(), r.requestedAt(), r.caseId());
    }

    /**
     * The screening opened from the request, in one transaction with it: a request already screened is refused and
     * no case is opened.
     */
    @PreAuthorize(QUEUE)
    public ScreeningResult screen(long id, NewScreening screening) {
        ScreeningRequest r = mine(id, "WRITE");
        ScreeningResult result = cases.screen(screening);
        if (!requests.screened(id, r.agencyCode(), result.caseId(), Actor.current().name(), clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.screening-request.already-screened");
        }
        audit.record(AuditEvent.success("SCREENING_REQUEST_SCREENED", "protection_screening_request", id)
                .because(result.caseId() == null ? AuditReason.of("screening-request-no-case")
                        : AuditReason.of("case", ReasonArg.id(result.caseId()))));
        return result;
    }

    private ScreeningRequest mine(long id, String action) {
        String agency = Actor.current().agencyCode();
        return requests.find(id).filter(r -> r.agencyCode().equals(agency)).orElseThrow(() -> {
            audit.recordSeparately(new AuditEvent("SCREENING_REQUEST_" + action + "_DENIED", "protection_screening_request",
                    String.valueOf(id), null, AuditOutcome.DENIED));
            return new DomainProblem(ProblemType.NOT_FOUND, "protection.screening-request.not-found");
        });
    }

    private String asked(String code) {
        Agency agency = reference.agency(code.strip()).filter(Agency::active)
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "agency", "protection.screening-request.agency-unknown"));
        if (!ASKED.contains(agency.type())) {
            throw new DomainProblem(ProblemType.VALIDATION, "agency", "protection.screening-request.agency-wrong-kind");
        }
        return agency.code();
    }
}
