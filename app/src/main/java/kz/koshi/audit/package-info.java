/**
 * The append-only, hash-chained audit trail ({@link kz.koshi.audit.AuditTrail}) and its viewer. Downstream of
 * every module; depends only on {@code shared}.
 * <p>
 * Reasons are structured, never platform-written text: a message key under {@code audit.reason.} with typed
 * arguments, read in each reader's language, and apart from it only an officer's own words, shown as typed:
 * <pre>
 * AuditEvent.success("CASELOAD_READ", "protection_case", null)
 *         .because(AuditReason.of("cases-found", ReasonArg.number(4)));              // audit.reason.cases-found in ru, kk, en
 * AuditEvent.success("VIOLATION_HANDLED", "stay_violation", id)
 *         .because(AuditReason.of("penalty", ReasonArg.label("stay.handling.penalty.", penalty)));
 * AuditEvent.success("REVIEW_REJECTED", "identity_review", id).because(AuditReason.officersWords(note));
 * </pre>
 * Arguments ({@link kz.koshi.audit.ReasonArg}) are ids, counts, days, enum or code labels, agency, region and
 * checkpoint codes: never names. {@code AuditReasonNamesTest} fails the build on a key missing from a bundle.
 * Storage and the versioned hash: docs/architecture.md, "Audit reasons".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package kz.koshi.audit;
