package kz.koshi.identity;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.SystemPrincipal;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may review pairs with a crisis centre's record: an officer (not an agency system) of a crisis-centre
 * agency; and which agency systems may see that such pairs are waiting: a crisis centre's own. The role, {@code CASE_SUPERVISOR}, is also held at the labour ministry; its supervisors oversee
 * labour cases and have no business with a victim's identity, so the agency's type is checked too.
 */
@Component("protectedReviewers")
class ProtectedReviewers {

    private final ReferenceData reference;

    ProtectedReviewers(ReferenceData reference) {
        this.reference = reference;
    }

    /** An officer of a crisis centre (the role is checked by the caller's rule). */
    public boolean crisisCentreStaff(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal officer
                && crisisCentre(officer.agencyCode());
    }

    /** A crisis centre's own case system, calling the API with its token. */
    public boolean crisisCentreSystem(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SystemPrincipal system
                && crisisCentre(system.agencyCode());
    }

    private boolean crisisCentre(String agencyCode) {
        return agencyCode != null
                && reference.agency(agencyCode).map(a -> a.type() == AgencyType.CRISIS_CENTRE).orElse(false);
    }
}
