package kz.koshi.reporting;

/** The dashboards the figures are grouped in, one per field of the commission's work. */
public enum Panel {
    MIGRATION, PROTECTION, RECRUITMENT, KANDAS, ENFORCEMENT
}
