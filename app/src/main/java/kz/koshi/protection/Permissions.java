package kz.koshi.protection;

/** Who may call the module's application services (record-level access is checked inside). */
final class Permissions {

    static final String READ = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR') or hasAuthority('SCOPE_protection:read')";
    static final String WRITE = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR') or hasAuthority('SCOPE_protection:write')";
    /** First contact: crisis centres, and the border service's and migration police's officers, as their systems may. */
    static final String SCREENERS = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR','MIGRATION_OFFICER','BORDER_OFFICER') "
            + "or hasAuthority('SCOPE_protection:write')";
    static final String OFFICER = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR')";
    static final String SUPERVISOR = "hasRole('CASE_SUPERVISOR')";

    private Permissions() {
    }
}
