package kz.koshi.access;

import java.util.EnumSet;
import java.util.Set;

import kz.koshi.reference.AgencyType;

/** What an officer may do. Each role belongs to the agencies that can hold it (least privilege). */
public enum Role {
    ADMIN(EnumSet.of(AgencyType.SYSTEM_ADMINISTRATION)),
    BORDER_OFFICER(EnumSet.of(AgencyType.BORDER_SERVICE)),
    MIGRATION_OFFICER(EnumSet.of(AgencyType.MIGRATION_POLICE)),
    LABOUR_OFFICER(EnumSet.of(AgencyType.LABOUR_MINISTRY)),
    AKIMAT_OFFICER(EnumSet.of(AgencyType.AKIMAT)),
    CAREER_CENTRE_OFFICER(EnumSet.of(AgencyType.CAREER_CENTRE)),
    SOCIAL_WORKER(EnumSet.of(AgencyType.CRISIS_CENTRE)),
    CASE_SUPERVISOR(EnumSet.of(AgencyType.CRISIS_CENTRE, AgencyType.LABOUR_MINISTRY)),
    PROSECUTOR(EnumSet.of(AgencyType.PROSECUTOR_OFFICE)),
    ANALYST(EnumSet.of(AgencyType.COMMISSION_SECRETARIAT, AgencyType.LABOUR_MINISTRY)),
    AGENCY_OPERATOR(EnumSet.of(AgencyType.EMPLOYMENT_AGENCY)),
    /** An officer of a guardianship authority: the child victims referred to it, accepted and acted on. */
    GUARDIANSHIP_OFFICER(EnumSet.of(AgencyType.GUARDIANSHIP_AUTHORITY)),
    /** An operator of the hotline 11616: logs calls and messages and routes them to the agencies that act. */
    HOTLINE_OPERATOR(EnumSet.of(AgencyType.HOTLINE)),
    /** A consular officer of the foreign ministry: sends consular registrations, sees the counts of its own feed. */
    CONSULAR_OFFICER(EnumSet.of(AgencyType.FOREIGN_AFFAIRS));

    private final Set<AgencyType> agencies;

    Role(Set<AgencyType> agencies) {
        this.agencies = agencies;
    }

    public boolean allowedFor(AgencyType agency) {
        return agencies.contains(agency);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
