package kz.koshi.protection;

import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.access.SystemPrincipal;
import kz.koshi.shared.KoshiPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting on a case: an officer (with id and roles) or an agency system (with scopes). */
record Actor(String name, String agencyCode, Long officerId, Set<Role> roles, Set<String> authorities) {

    static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KoshiPrincipal principal)) {
            return new Actor("system", null, null, Set.of(), Set.of());
        }
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (principal instanceof OfficerPrincipal officer) {
            return new Actor(officer.actorName(), officer.agencyCode(), officer.officerId(), officer.roles(), authorities);
        }
        return new Actor(principal.actorName(), principal.agencyCode(), null, Set.of(),
                principal instanceof SystemPrincipal ? authorities : Set.of());
    }

    boolean officer() {
        return officerId != null;
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    boolean hasScope(String code) {
        return authorities.contains("SCOPE_" + code);
    }

    boolean supervisorOf(String agency) {
        return has(Role.CASE_SUPERVISOR) && agency.equals(agencyCode);
    }

    /** A supervisor of the agency, or the agency's own system holding {@code protection:supervise}. */
    boolean supervises(String agency) {
        return officer() ? supervisorOf(agency) : hasScope("protection:supervise") && agency.equals(agencyCode);
    }
}
