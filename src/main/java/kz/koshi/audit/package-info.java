/**
 * The append-only, hash-chained audit trail ({@link kz.koshi.audit.AuditTrail}) and its viewer. Downstream of
 * every module; depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package kz.koshi.audit;
