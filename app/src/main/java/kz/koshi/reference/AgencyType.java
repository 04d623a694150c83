package kz.koshi.reference;

/** The kinds of agency whose officers or systems use Koshi. */
public enum AgencyType {
    SYSTEM_ADMINISTRATION,
    BORDER_SERVICE,
    MIGRATION_POLICE,
    LABOUR_MINISTRY,
    AKIMAT,
    CAREER_CENTRE,
    CRISIS_CENTRE,
    PROSECUTOR_OFFICE,
    COMMISSION_SECRETARIAT,
    /** A licensed private employment agency (ЧАЗ) placing citizens abroad. */
    EMPLOYMENT_AGENCY,
    /**
     * A region's guardianship authority (орган опеки и попечительства / қорғаншылық және қамқоршылық органы): a child
     * victim is referred to it at once (rule V7). One per region in force.
     */
    GUARDIANSHIP_AUTHORITY,
    /** The national hotline 11616 (телефон доверия / сенім телефоны): logs calls and routes them (issue 16). */
    HOTLINE,
    /** The Ministry of Foreign Affairs' consular service: registers citizens staying abroad (issue 14). */
    FOREIGN_AFFAIRS
}
