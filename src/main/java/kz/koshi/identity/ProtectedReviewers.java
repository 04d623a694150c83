package kz.koshi.identity;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may review pairs with a crisis centre's record: an officer (not an agency system) of a crisis-centre
 * agency. The role, {@code CASE_SUPERVISOR}, is also held at the labour ministry; its supervisors oversee
 * labour cases and have no business with a victim's identity, so the agency's type is checked too.
 */
@Component("protectedReviewers")
class ProtectedReviewers {

    private final ReferenceData reference;

    ProtectedReviewers(ReferenceData reference) {
        this.reference = reference;
    }

    public boolean crisisCentreStaff(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OfficerPrincipal officer)
                || officer.agencyCode() == null) {
            return false;
        }
        return reference.agency(officer.agencyCode()).map(a -> a.type() == AgencyType.CRISIS_CENTRE).orElse(false);
    }
}
