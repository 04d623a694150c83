package kz.koshi.hotline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.protection.ScreeningRequests;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.hotline.CallAccess.READ;
import static kz.koshi.hotline.CallAccess.WRITE;

/**
 * The hotline's calls: logged by its operators (a caller in danger flagged at once to the police on duty), read by the
 * hotline and the agencies a call was routed to (every read audited), routed, and each route's outcome recorded.
 * Reads are read-write transactions: each writes its audit entry.
 */
@Service
@Transactional
public class HotlineCalls {

    private final CallRepository calls;
    private final RouteRepository routes;
    private final CallAccess access;
    private final Routing routing;
    private final CallCipher cipher;
    private final ScreeningRequests screenings;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HotlineCalls(CallRepository calls, RouteRepository routes, CallAccess access, Routing routing, CallCipher cipher,
                 ScreeningRequests screenings, ReferenceData reference, AuditTrail audit, ApplicationEventPublisher events,
                 Clock clock) {
        this.calls = calls;
        this.routes = routes;
        this.access = access;
        this.routing = routing;
        this.cipher = cipher;
        this.screenings = screenings;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(WRITE)
    public long log(NewCall call) {
        LocalDate today = LocalDate.now(clock);
        if (reference.regionsOn(today).stream().noneMatch(r -> r.code().equals(call.regionCode()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "hotline.call.region-unknown");
        }
        String contact = call.callbackConsent() ? cipher.seal(call.contact()) : null;
        long id = calls.insert(call, cipher.seal(call.facts()), contact, clock.instant(), CurrentActor.name());
        audit.record(AuditEvent.success("HOTLINE_CALL_LOGGED", "hotline_call", id).because(AuditReason.of("hotline-call-logged", ReasonArg.label("hotline.class.", call.classification()))));
        events.publishEvent(new HotlineCallLogged(id, today, call.regionCode(), call.classification(), call.channel()));
        if (call.callerInDanger()) {
            route(id, new NewRoute(RouteKind.DUTY_POLICE, null, null));
        }
        return id;
    }

    /** The latest calls (no facts, no contact), for the hotline. */
    @PreAuthorize(READ)
    public List<CallSummary> latest() {
        List<CallSummary> latest = calls.latest(LocalDate.now(clock), 200);
        audit.record(AuditEvent.success("HOTLINE_CALLS_READ", "hotline_call", null).because(AuditReason.of("hotline-calls-listed", ReasonArg.number(latest.size()))));
        return latest;
    }

    /** The calls routed to the officer's agency (no facts, no contact). */
    @PreAuthorize("hasAnyRole('LABOUR_OFFICER','MIGRATION_OFFICER')")
    public List<CallSummary> routedToMe() {
        List<CallSummary> routed = calls.routedTo(CurrentActor.agencyCode(), LocalDate.now(clock));
        audit.record(AuditEvent.success("HOTLINE_CALLS_READ", "hotline_call", null).because(AuditReason.of("hotline-calls-routed-listed", ReasonArg.number(routed.size()))));
        return routed;
    }

    /** A call with its facts, contact and routes, for the hotline and the agencies it was routed to; audited. */
    @PreAuthorize("isAuthenticated()")
    public CallFile call(long id) {
        CallAccess.Entitled entitled = access.load(id, "READ");
        CallFile c = entitled.call();
        audit.record(AuditEvent.success("HOTLINE_CALL_READ", "hotline_call", id).because(AuditReason.of("hotline-call-read", ReasonArg.label("audit.reason.hotline-basis.", entitled.basis()))));
        List<Route> withStatus = routes.ofCall(id).stream().map(r -> r.screeningRequest() == null ? r
                : r.withScreening(screenings.status(r.screeningRequest()).orElse(null))).toList();
        return new CallFile(c.id(), c.receivedAt(), c.channel(), c.anonymous(), c.callerLanguage(), c.callbackConsent(),
                cipher.open(c.contact()), cipher.open(c.facts()), c.regionCode(), c.classification(), c.namesVictim(),
                c.inDanger(), c.loggedBy(), withStatus);
    }

    /** Routes a call; a target that does not exist or is of the wrong kind is refused and nothing is stored. */
    @PreAuthorize(WRITE)
    public long route(long callId, NewRoute route) {
        CallFile call = access.load(callId, "WRITE").call();
        Routing.Target target = routing.target(call, cipher.open(call.facts()), route);
        LocalDate today = LocalDate.now(clock);
        long id = routes.insert(callId, route.kind(), target.agency(), target.bin(), target.screeningRequest(), clock.instant(),
                CurrentActor.name(), routing.followUpOn(today));
        audit.record(AuditEvent.success("HOTLINE_CALL_ROUTED", "hotline_call", callId)
                .because(AuditReason.of("hotline-routed", ReasonArg.label("hotline.kind.", route.kind()))));
        events.publishEvent(new HotlineCallRouted(callId, today, call.regionCode(), call.classification(), call.channel(), route.kind()));
        if (route.kind() == RouteKind.AGENCY_COMPLAINT) {
            events.publishEvent(new AgencyComplaintReported(callId, target.bin(), today));
        }
        return id;
    }

    /** What came of a route: by the hotline or the agency routed to; once, not before the routing day. */
    @PreAuthorize("isAuthenticated()")
    public void recordOutcome(long callId, long routeId, RouteResult result) {
        access.load(callId, "WRITE");
        Route route = routes.find(callId, routeId).filter(r -> CallAccess.hotline() || CurrentActor.agencyCode() != null
                && CurrentActor.agencyCode().equals(r.agencyCode()))
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "hotline.route.not-found"));
        if (result.on().isBefore(routedDay(route))) {
            throw new DomainProblem(ProblemType.VALIDATION, "on", "hotline.route.outcome-before-routing");
        }
        if (!routes.recordOutcome(routeId, result, CurrentActor.name())) {
            throw new DomainProblem(ProblemType.CONFLICT, "hotline.route.outcome-recorded");
        }
        audit.record(AuditEvent.success("HOTLINE_ROUTE_OUTCOME", "hotline_route", routeId).because(AuditReason.of("outcome", ReasonArg.label("hotline.outcome.", result.outcome()))));
    }

    private LocalDate routedDay(Route route) {
        return LocalDate.ofInstant(route.routedAt(), clock.getZone());
    }
}
