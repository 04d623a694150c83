/**
 * Source records from agency feeds, the resolution engine ({@code identity.engine}, plain Java) and the registry
 * of persons around it. Depends on {@code access} (principals: who may review protected pairs, which feeds a
 * caller owns), {@code reference} (agency types), {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "reference", "audit", "shared"})
package kz.koshi.identity;
