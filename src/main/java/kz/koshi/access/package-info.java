/**
 * Officers, roles, agency systems' API tokens and their scopes (which follow the agencies' legal mandates),
 * both security filter chains, login lockout. Depends on {@code reference} (agency types), {@code audit} and
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reference", "audit", "shared"})
package kz.koshi.access;
