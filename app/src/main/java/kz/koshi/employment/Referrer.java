package kz.koshi.employment;

import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.KoshiPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: their name, their agency and that agency's region and type. */
record Referrer(String name, String agencyCode, String regionCode, AgencyType agencyType) {

    static Referrer current(ReferenceData reference) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KoshiPrincipal principal)) {
            return new Referrer("system", null, "-", null);
        }
        Agency agency = principal.agencyCode() == null ? null : reference.agency(principal.agencyCode()).orElse(null);
        return new Referrer(principal.actorName(), principal.agencyCode(), agency == null ? "-" : agency.regionCode(),
                agency == null ? null : agency.type());
    }

    /** An akimat refers to its own region's career centre; the labour ministry to any region's. */
    boolean mayReferTo(String region) {
        return agencyType != AgencyType.AKIMAT || region.equals(regionCode);
    }
}
