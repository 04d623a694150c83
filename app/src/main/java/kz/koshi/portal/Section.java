package kz.koshi.portal;

import java.util.EnumSet;
import java.util.Set;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;

import static kz.koshi.access.Role.*;

/**
 * The platform's sections as the navigation and the home pages show them, with the roles that may open
 * each. A section whose module is not built yet opens a page that says what is coming.
 */
enum Section {
    PERSONS("/persons", true, EnumSet.of(BORDER_OFFICER, MIGRATION_OFFICER, LABOUR_OFFICER, PROSECUTOR)),
    /** The crossing form, the board and the persons' bans: for those who record crossings. */
    BORDER("/border", true, EnumSet.of(BORDER_OFFICER)),
    /** The migration police keep entry bans and watch-list entries; they do not record crossings. */
    BORDER_BANS("/border/persons", true, EnumSet.of(MIGRATION_OFFICER)),
    STAY("/stay", true, EnumSet.of(MIGRATION_OFFICER, LABOUR_OFFICER, AKIMAT_OFFICER, PROSECUTOR)),
    /** The daily sweep on demand: the migration police, whose queue it fills, and the administrator, who runs jobs. */
    SWEEP("/stay/sweep", true, EnumSet.of(MIGRATION_OFFICER, ADMIN)),
    PROTECTION("/protection", true, EnumSet.of(SOCIAL_WORKER, CASE_SUPERVISOR)),
    /** For guardianship authorities: the child victims referred to them (rule V7). */
    GUARDIANSHIP("/protection/guardianship", true, EnumSet.of(GUARDIANSHIP_OFFICER)),
    /** For prosecutors: recruiters, employers and places that recur across victim cases, never the victims. */
    TRAFFICKING_LINKS("/protection/parties", true, EnumSet.of(PROSECUTOR)),
    EMPLOYMENT("/employment", true, EnumSet.of(CAREER_CENTRE_OFFICER)),
    /** Akimats and the labour ministry refer people they know to a career centre. */
    EMPLOYMENT_REFERRALS("/employment/referrals", true, EnumSet.of(AKIMAT_OFFICER, LABOUR_OFFICER)),
    /** Licensing of private employment agencies: the labour authority's review and register; an agency's own file. */
    RECRUITMENT("/recruitment", true, EnumSet.of(LABOUR_OFFICER, AGENCY_OPERATOR)),
    /** The register of citizens abroad: the labour authority (counts and persons), the foreign ministry (its own feed). */
    ABROAD("/recruitment/abroad", true, EnumSet.of(LABOUR_OFFICER, CONSULAR_OFFICER)),
    /**
     * Akimats: the kandas families expected in their region; the labour ministry: quota use and the vacancy feed; the
     * migration police: the kandas who arrived and their application's status; the commission's analysts: quota use and
     * whether recommendations were followed (counts only).
     */
    KANDAS("/kandas", true, EnumSet.of(AKIMAT_OFFICER, LABOUR_OFFICER, MIGRATION_OFFICER, ANALYST)),
    /** The hotline 11616's call log (issue 16). */
    HOTLINE("/hotline", true, EnumSet.of(HOTLINE_OPERATOR)),
    /** The calls the hotline routed to the labour inspection or the police. */
    HOTLINE_ROUTED("/hotline/routed", true, EnumSet.of(LABOUR_OFFICER, MIGRATION_OFFICER)),
    /** The police's queue of the hotline's screening requests (crisis centres see theirs in their caseload). */
    SCREENING_REQUESTS("/protection/requests", true, EnumSet.of(MIGRATION_OFFICER)),
    /** Raids and inspections (issue 16): the migration police and the labour inspection record them and what they find. */
    RAIDS("/enforcement/raids", true, EnumSet.of(MIGRATION_OFFICER, LABOUR_OFFICER)),
    /** The register of illegal-migration channels (issue 16): recorded by the police and the border service, read by prosecutors. */
    ENFORCEMENT_CHANNELS("/enforcement/channels", true, EnumSet.of(MIGRATION_OFFICER, BORDER_OFFICER, PROSECUTOR)),
    /** The register of criminal cases under the trafficking-related articles (issue 16). */
    ENFORCEMENT_CASES("/enforcement/cases", true, EnumSet.of(MIGRATION_OFFICER, PROSECUTOR)),
    /**
     * The commission's dashboards (issue 17): each role the panels of its own work (reporting's ReportReaders decides;
     * /reports opens the reader's first panel). Agencies without a panel (career centres, guardianship, employment
     * agencies, consular service, administrators) have none.
     */
    REPORTING("/reports", true, EnumSet.of(ANALYST, PROSECUTOR, LABOUR_OFFICER, MIGRATION_OFFICER, BORDER_OFFICER, AKIMAT_OFFICER,
            CASE_SUPERVISOR, SOCIAL_WORKER, HOTLINE_OPERATOR)),
    /** The national re-link's runs: the administrator reconciles a run into review proposals (issue 18). */
    RELINK("/persons/relink", true, EnumSet.of(ADMIN)),
    OFFICERS("/admin/officers", true, EnumSet.of(ADMIN)),
    TOKENS("/admin/tokens", true, EnumSet.of(ADMIN)),
    AUDIT("/admin/audit", true, EnumSet.of(ADMIN, PROSECUTOR)),
    /** The commission's report for a period, as PDF and XLSX (issue 17): for those who hold reporting. */
    ANNUAL_REPORT("/reports/annual", true, EnumSet.of(ANALYST, LABOUR_OFFICER, PROSECUTOR)),
    /** The statistics' read model: the administrator rebuilds it from the recorded events (issue 17). */
    READ_MODEL("/admin/reporting", true, EnumSet.of(ADMIN));

    private final String path;
    private final boolean available;
    private final Set<Role> roles;

    Section(String path, boolean available, Set<Role> roles) {
        this.path = path;
        this.available = available;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    public boolean available() {
        return available;
    }

    /** The message key stem: {@code section.<key>.title} and {@code section.<key>.description}. */
    public String key() {
        return name().toLowerCase();
    }

    boolean openTo(OfficerPrincipal officer) {
        return officer.roles().stream().anyMatch(roles::contains);
    }
}
