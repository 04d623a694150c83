/**
 * The synthetic population generator and the demo data loader (embedded demo mode). Depends on {@code identity}
 * (feed import) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package kz.koshi.demo;
