package kz.koshi.reporting.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.koshi.access.ApiScope;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reporting.Panel;
import kz.koshi.shared.KoshiPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import static kz.koshi.reporting.Panel.*;

/**
 * Who reads which dashboard: an officer by role (the commission's analysts and prosecutors all; each agency the
 * fields of its own work), an agency system holding {@code reporting:read} by its agency's type. Counts only, but a
 * panel outside a reader's mandate is refused, not shown empty.
 */
@Component("reportReaders")
public class ReportReaders {

    private static final Set<Panel> ALL = EnumSet.allOf(Panel.class);
    private static final Map<Role, Set<Panel>> BY_ROLE = Map.of(
            Role.ANALYST, ALL, Role.PROSECUTOR, ALL,
            Role.LABOUR_OFFICER, EnumSet.of(MIGRATION, PROTECTION, RECRUITMENT, KANDAS),
            Role.MIGRATION_OFFICER, EnumSet.of(MIGRATION, ENFORCEMENT), Role.BORDER_OFFICER, EnumSet.of(MIGRATION, ENFORCEMENT),
            Role.AKIMAT_OFFICER, EnumSet.of(MIGRATION, KANDAS),
            Role.CASE_SUPERVISOR, EnumSet.of(PROTECTION), Role.SOCIAL_WORKER, EnumSet.of(PROTECTION),
            Role.HOTLINE_OPERATOR, EnumSet.of(ENFORCEMENT));
    private static final Map<AgencyType, Set<Panel>> BY_AGENCY = Map.of(
            AgencyType.COMMISSION_SECRETARIAT, ALL, AgencyType.PROSECUTOR_OFFICE, ALL,
            AgencyType.LABOUR_MINISTRY, BY_ROLE.get(Role.LABOUR_OFFICER));

    private final ReferenceData reference;

    ReportReaders(ReferenceData reference) {
        this.reference = reference;
    }

    /** The panels {@code auth} may read, in the panels' order; empty for anyone else. */
    public Set<Panel> panels(Authentication auth) {
        Set<Panel> panels = EnumSet.noneOf(Panel.class);
        if (auth == null) {
            return panels;
        }
        if (auth.getPrincipal() instanceof OfficerPrincipal officer) {
            officer.roles().forEach(role -> panels.addAll(BY_ROLE.getOrDefault(role, Set.of())));
        } else if (auth.getPrincipal() instanceof KoshiPrincipal system && holdsReportingScope(auth)) {
            reference.agency(system.agencyCode()).map(a -> BY_AGENCY.getOrDefault(a.type(), Set.of())).ifPresent(panels::addAll);
        }
        return panels;
    }

    public boolean reads(Authentication auth, Panel panel) {
        return panel != null && panels(auth).contains(panel);
    }

    private static boolean holdsReportingScope(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> ApiScope.REPORTING_READ.authority().equals(a.getAuthority()));
    }
}
