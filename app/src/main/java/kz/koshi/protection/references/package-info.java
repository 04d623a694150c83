/**
 * Whether a protection case number exists (named interface {@code case-references}, used by enforcement's register of
 * criminal cases to link a criminal case to victims' cases by identifier only): yes or no, never a case, a victim or a
 * pseudonym.
 */
@org.springframework.modulith.NamedInterface("case-references")
package kz.koshi.protection.references;
