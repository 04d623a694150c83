/**
 * Protection's own counts of what the commission's figures count (identified, served, extensions, outcomes, closures,
 * centre places in use), worked out from protection's tables: counts only, never a case, a pseudonym or a name.
 * Reporting counts the same from protection's events; its recount test compares the two.
 */
@org.springframework.modulith.NamedInterface("statistics")
package kz.koshi.protection.statistics;
