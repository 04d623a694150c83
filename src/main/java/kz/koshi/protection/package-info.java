/**
 * Counter-trafficking: screening, victim cases, referrals to crisis centres, special social services, outcomes,
 * under record-level access. Its data leaves the module only as counts or through audited calls; the events
 * {@link kz.koshi.protection.ReflectionPeriodStarted} and {@link kz.koshi.protection.ReflectionPeriodEnded}
 * (named interface {@code events}) carry ids and dates only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "employment", "access", "reference", "audit", "shared"})
package kz.koshi.protection;
