package kz.koshi.stay;

import java.util.Set;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.access.SystemPrincipal;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may learn that a person's removal is suspended (a reflection period, rule V5): those who carry out or
 * oversee removals, the migration police and prosecutors, as officers or as their agencies' systems. They are
 * told "removal suspended", never why; everyone else is told nothing, not even "not suspended", because the
 * only reason for a suspension is that the person is a presumed victim.
 */
@Component
public class RemovalSuspension {

    private static final Set<Role> ROLES = Set.of(Role.MIGRATION_OFFICER, Role.PROSECUTOR);
    private static final Set<AgencyType> AGENCIES = Set.of(AgencyType.MIGRATION_POLICE, AgencyType.PROSECUTOR_OFFICE);

    private final ReferenceData reference;

    RemovalSuspension(ReferenceData reference) {
        this.reference = reference;
    }

    /** Whether the current caller may see the suspension. */
    public boolean shownToCaller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        if (auth.getPrincipal() instanceof OfficerPrincipal officer) {
            return officer.roles().stream().anyMatch(ROLES::contains) && AGENCIES.contains(officer.agencyType());
        }
        return auth.getPrincipal() instanceof SystemPrincipal system && reference.agency(system.agencyCode())
                .map(a -> AGENCIES.contains(a.type())).orElse(false);
    }

    /** {@code true} or {@code false} for those who may know; {@code null} (absent) for everyone else. */
    Boolean forCaller(boolean suspended) {
        return shownToCaller() ? suspended : null;
    }
}
