/**
 * Counter-trafficking: screening, victim cases, referrals to crisis centres, special social services, outcomes,
 * under record-level access. Its data leaves the module only as counts or through audited calls; the events
 * (named interface {@code events}) carry ids and dates only: {@link kz.koshi.protection.ReflectionPeriodStarted},
 * {@link kz.koshi.protection.ReflectionPeriodEnded}, {@link kz.koshi.protection.SpecialSocialServicesStarted},
 * {@link kz.koshi.protection.SpecialSocialServicesEnded}, {@link kz.koshi.protection.VictimCriminalCaseOpened} and
 * {@link kz.koshi.protection.VictimCriminalCaseClosed}; {@code stay} suspends removal while any of them runs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "employment", "access", "reference", "audit", "shared"})
package kz.koshi.protection;
