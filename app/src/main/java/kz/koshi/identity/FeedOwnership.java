package kz.koshi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.SystemPrincipal;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An agency writes only as itself: a token or an officer sends records only for the feeds its agency owns
 * ({@code koshi.identity.source-owners}). A spoofed {@code border} record would otherwise rewrite a golden name,
 * since the border's feed is the most trusted.
 */
@Component
public class FeedOwnership {

    private final IdentityProperties properties;
    private final ReferenceData reference;
    private final AuditTrail audit;

    FeedOwnership(IdentityProperties properties, ReferenceData reference, AuditTrail audit) {
        this.properties = properties;
        this.reference = reference;
        this.audit = audit;
    }

    /** Refuses with 403 on the field {@code source}, audited, unless the caller's agency owns every named source. */
    public void requireOwned(Collection<String> sources) {
        AgencyType caller = callerAgency();
        List<String> foreign = sources.stream().filter(Objects::nonNull).distinct().filter(s -> !owns(caller, s)).sorted().toList();
        if (!foreign.isEmpty()) {
            audit.recordSeparately(new AuditEvent("FEED_SOURCE_DENIED", "feed", String.join(",", foreign),
                    AuditReason.of("not-callers-source"), AuditOutcome.DENIED));
            throw new DomainProblem(ProblemType.FORBIDDEN, "source", "identity.source.not-yours");
        }
    }

    /** The sources the signed-in caller's agency may send, for the upload form's hint. */
    public List<String> ownSources() {
        AgencyType caller = callerAgency();
        return properties.sourceOwners().keySet().stream().filter(s -> owns(caller, s)).sorted().toList();
    }

    private boolean owns(AgencyType caller, String source) {
        return caller != null && caller == properties.sourceOwners().get(source);
    }

    private AgencyType callerAgency() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object principal = auth == null ? null : auth.getPrincipal();
        if (principal instanceof OfficerPrincipal officer) {
            return officer.agencyType();
        }
        if (principal instanceof SystemPrincipal system && system.agencyCode() != null) {
            return reference.agency(system.agencyCode()).map(Agency::type).orElse(null);
        }
        return null;
    }
}
