/**
 * The role home pages and the navigation. Depends on {@code access} (the signed-in officer's roles),
 * {@code reference}, and protection's named interface {@code reminders}: a social worker's or supervisor's home
 * lists their cases' deadlines as protection works them out (the portal reads no protection table).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "reference", "protection :: reminders"})
package kz.koshi.portal;
