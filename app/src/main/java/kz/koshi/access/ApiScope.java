package kz.koshi.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import kz.koshi.reference.AgencyType;

import static kz.koshi.reference.AgencyType.*;

/** What an agency system's bearer token may do; a token gets only the scopes its agency may hold. */
public enum ApiScope {
    REFERENCE_READ("reference:read", EnumSet.allOf(AgencyType.class)),
    IDENTITY_READ("identity:read", EnumSet.of(BORDER_SERVICE, MIGRATION_POLICE, LABOUR_MINISTRY, PROSECUTOR_OFFICE, SYSTEM_ADMINISTRATION)),
    IDENTITY_WRITE("identity:write", EnumSet.of(BORDER_SERVICE, MIGRATION_POLICE, LABOUR_MINISTRY, AKIMAT, CAREER_CENTRE, CRISIS_CENTRE)),
    CROSSINGS_WRITE("crossings:write", EnumSet.of(BORDER_SERVICE)),
    CARDS_READ("cards:read", EnumSet.of(BORDER_SERVICE, MIGRATION_POLICE, PROSECUTOR_OFFICE)),
    CARD_KEYS("cards:keys", EnumSet.of(SYSTEM_ADMINISTRATION)),
    STAY_READ("stay:read", EnumSet.of(BORDER_SERVICE, MIGRATION_POLICE, LABOUR_MINISTRY, AKIMAT, PROSECUTOR_OFFICE)),
    /** Registrations, permits and the daily sweep; not the acts below, which the law gives to fewer agencies. */
    STAY_WRITE("stay:write", EnumSet.of(MIGRATION_POLICE, LABOUR_MINISTRY, AKIMAT)),
    /**
     * Recording a court's expulsion order (and the entry ban it brings): the migration police, who carry out
     * expulsions. Courts do not use Koshi; the police record the court's act by its number.
     */
    EXPULSIONS_WRITE("expulsions:write", EnumSet.of(MIGRATION_POLICE)),
    /** Imposing and lifting entry bans and watch-list entries: the border service and the migration police. */
    BANS_WRITE("bans:write", EnumSet.of(BORDER_SERVICE, MIGRATION_POLICE)),
    /** Recording a minor's parent or guardian, whom the minors' exit check looks for: the border service and police. */
    GUARDIANS_WRITE("guardians:write", EnumSet.of(BORDER_SERVICE, MIGRATION_POLICE)),
    PROTECTION_READ("protection:read", EnumSet.of(CRISIS_CENTRE, LABOUR_MINISTRY)),
    PROTECTION_WRITE("protection:write", EnumSet.of(CRISIS_CENTRE, MIGRATION_POLICE, BORDER_SERVICE)),
    /** A crisis centre's own system acting for its supervisors: its places and services, who works on its cases. */
    PROTECTION_SUPERVISE("protection:supervise", EnumSet.of(CRISIS_CENTRE)),
    /** Investigators: who recurs across victim cases (recruiters, employers, places), never the victims. */
    PROTECTION_INVESTIGATE("protection:investigate", EnumSet.of(MIGRATION_POLICE, PROSECUTOR_OFFICE)),
    EMPLOYMENT_READ("employment:read", EnumSet.of(CAREER_CENTRE)),
    EMPLOYMENT_WRITE("employment:write", EnumSet.of(CAREER_CENTRE)),
    /** Refer a person to a career centre under an akimat's or the labour ministry's programme. */
    EMPLOYMENT_REFER("employment:refer", EnumSet.of(AKIMAT, LABOUR_MINISTRY)),
    /**
     * The labour authority's licensing of private employment agencies: reviewing applications, granting, refusing,
     * suspending, reinstating, revoking and renewing licences. Agencies apply on the public site, not by token.
     */
    RECRUITMENT_LICENSING("recruitment:licensing", EnumSet.of(LABOUR_MINISTRY)),
    /**
     * A licensed private employment agency's own system: reporting its placements abroad and reading its own
     * (never another agency's). The agency issues and revokes this token itself in its account.
     */
    RECRUITMENT_PLACEMENTS("recruitment:placements", EnumSet.of(EMPLOYMENT_AGENCY)),
    /** Kandas: an akimat's families expected in its region, its offer to newcomers and its reservations for them. */
    KANDAS_SETTLE("kandas:settle", EnumSet.of(AKIMAT)),
    /** Kandas: the labour authority's vacancy feed and the quota use by region. */
    KANDAS_LABOUR("kandas:labour", EnumSet.of(LABOUR_MINISTRY)),
    /** The hotline's own system: its calls, their routes and outcomes (issue 16). */
    HOTLINE_READ("hotline:read", EnumSet.of(HOTLINE)),
    HOTLINE_WRITE("hotline:write", EnumSet.of(HOTLINE)),
    /** The register of citizens abroad: counts, persons (read audited) and workers not heard from; the labour authority. */
    ABROAD_READ("abroad:read", EnumSet.of(LABOUR_MINISTRY)),
    /** The foreign ministry's consular registrations of citizens abroad, and the counts of its own feed. */
    ABROAD_CONSULAR("abroad:consular", EnumSet.of(FOREIGN_AFFAIRS)),
    /** The migration police record a kandas application's status (applied, granted, refused) for an arrived kandas. */
    KANDAS_STATUS("kandas:status", EnumSet.of(MIGRATION_POLICE)),
    /** The register of criminal cases under the trafficking-related articles: the police and the prosecutor (issue 16). */
    ENFORCEMENT_CASES("enforcement:cases", EnumSet.of(MIGRATION_POLICE, PROSECUTOR_OFFICE)),
    /** The register of illegal-migration channels stopped: the migration police and the border service (issue 16). */
    ENFORCEMENT_CHANNELS("enforcement:channels", EnumSet.of(MIGRATION_POLICE, BORDER_SERVICE)),
    /** Raids and inspections and the violations they find: the migration police and the labour inspection (issue 16). */
    ENFORCEMENT_RAIDS("enforcement:raids", EnumSet.of(MIGRATION_POLICE, LABOUR_MINISTRY)),
    REPORTING_READ("reporting:read", EnumSet.of(COMMISSION_SECRETARIAT, LABOUR_MINISTRY, PROSECUTOR_OFFICE)),
    /** Rebuilding the statistics' read model from the recorded events: the administrators' systems only (issue 17). */
    REPORTING_REBUILD("reporting:rebuild", EnumSet.of(SYSTEM_ADMINISTRATION)),
    /** Reconciling the national identity re-link's runs into review proposals: the administrators' systems (issue 18). */
    IDENTITY_RELINK("identity:relink", EnumSet.of(SYSTEM_ADMINISTRATION)),
    AUDIT_READ("audit:read", EnumSet.of(PROSECUTOR_OFFICE, SYSTEM_ADMINISTRATION)),
    METRICS_READ("metrics:read", EnumSet.of(SYSTEM_ADMINISTRATION));

    private final String code;
    private final Set<AgencyType> agencies;

    ApiScope(String code, Set<AgencyType> agencies) {
        this.code = code;
        this.agencies = agencies;
    }

    public String code() {
        return code;
    }

    public String authority() {
        return "SCOPE_" + code;
    }

    public boolean allowedFor(AgencyType agency) {
        return agencies.contains(agency);
    }

    public static Optional<ApiScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
