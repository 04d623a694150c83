/**
 * Officers, roles, agency systems' API tokens and their scopes (which follow the agencies' legal mandates),
 * both security filter chains, login lockout. For the recruitment module: {@link kz.koshi.access.ApplicantAccounts}
 * (private employment agencies' own accounts, role AGENCY_OPERATOR, user name = BIN) and
 * {@link kz.koshi.access.LoginThrottle#attempted} (an account opening counts against the address like a failed
 * sign-in). {@code /public/**} and {@code /api/v1/public/**} are open to anyone (no sign-in, no token). Depends on {@code reference} (agency types), {@code audit} and
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reference", "audit", "shared"})
package kz.koshi.access;
