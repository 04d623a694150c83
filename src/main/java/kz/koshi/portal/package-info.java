/**
 * The role home pages and the navigation. Depends on {@code access} (the signed-in officer's roles) and
 * {@code reference}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "reference"})
package kz.koshi.portal;
