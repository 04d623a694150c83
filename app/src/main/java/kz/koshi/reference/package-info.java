/**
 * Reference data: regions (versioned by date), countries, agencies and their types, the crisis centres.
 * Depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package kz.koshi.reference;
