/**
 * Counter-trafficking: screening, victim cases, referrals to crisis centres, special social services, outcomes,
 * under record-level access. Its data leaves the module only as counts or through audited calls; the events
 * (named interface {@code events}) carry ids and dates only: {@link kz.koshi.protection.ReflectionPeriodStarted},
 * {@link kz.koshi.protection.ReflectionPeriodEnded}, {@link kz.koshi.protection.SpecialSocialServicesStarted},
 * {@link kz.koshi.protection.SpecialSocialServicesEnded}, {@link kz.koshi.protection.VictimCriminalCaseOpened} and
 * {@link kz.koshi.protection.VictimCriminalCaseClosed}; {@code stay} suspends removal while any of them runs. For the
 * commission's statistics (issue 17) it also publishes {@link kz.koshi.protection.VictimIdentified},
 * {@link kz.koshi.protection.VictimAdmitted}, {@link kz.koshi.protection.ServicePeriodExtended},
 * {@link kz.koshi.protection.VictimOutcomeRecorded} and {@link kz.koshi.protection.VictimCaseClosed}: the case id, days,
 * codes and {@link kz.koshi.protection.CaseFacts} (region, sex, age group, citizenship, exploitation, pathway), never a
 * name, pseudonym, birth date or text. The named interface {@code statistics} counts the same from protection's own
 * tables (counts only).
 * The named interface {@code reminders} gives the portal the signed-in worker's deadlines
 * ({@link kz.koshi.protection.reminders.WorkerReminders}: case number, pseudonym, kind and day, never a name); the
 * caseload's search and filters ({@link kz.koshi.protection.caseload.CaseloadQuery}) run among the caller's own cases.
 * An employment referral goes to {@code employment} with what every programme's referral carries (name, region,
 * languages, skills, the contacts the person agreed to share), never the programme.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "employment", "access", "reference", "audit", "shared"})
package kz.koshi.protection;
