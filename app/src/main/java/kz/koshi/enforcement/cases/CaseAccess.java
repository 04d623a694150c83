package kz.koshi.enforcement.cases;

/**
 * Who keeps the register: the migration police and the prosecutor, by role or through their systems' scope
 * {@code enforcement:cases}. The migration police is national: its officers see every region's cases.
 */
final class CaseAccess {

    static final String REGISTER = "hasAnyRole('MIGRATION_OFFICER','PROSECUTOR') or hasAuthority('SCOPE_enforcement:cases')";

    private CaseAccess() {
    }
}
