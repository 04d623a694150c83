package kz.koshi.identity.split;

import kz.koshi.access.ApiScope;
import kz.koshi.access.SystemPrincipal;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which agency systems act for split proposals' reviewers on the API: the migration police's and the border service's
 * ({@code identity:write}, as their officers decide the officers' queue) and a crisis centre's acting for its
 * supervisors ({@code protection:supervise}) for the protected ones. No other system decides an identity.
 */
@Component("splitSystems")
class SplitSystems {

    private final ReferenceData reference;

    SplitSystems(ReferenceData reference) {
        this.reference = reference;
    }

    public boolean officersSystem(Authentication authentication) {
        return system(authentication, ApiScope.IDENTITY_WRITE, AgencyType.MIGRATION_POLICE, AgencyType.BORDER_SERVICE);
    }

    public boolean crisisCentreSupervisors(Authentication authentication) {
        return system(authentication, ApiScope.PROTECTION_SUPERVISE, AgencyType.CRISIS_CENTRE, AgencyType.CRISIS_CENTRE);
    }

    private boolean system(Authentication authentication, ApiScope scope, AgencyType one, AgencyType other) {
        return authentication != null && authentication.getPrincipal() instanceof SystemPrincipal system
                && system.scopes().contains(scope)
                && system.agencyCode() != null && reference.agency(system.agencyCode())
                .map(a -> a.type() == one || a.type() == other).orElse(false);
    }
}
