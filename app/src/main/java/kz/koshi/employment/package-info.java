/**
 * Employment support: people referred to a career centre for help in finding work, from every programme that
 * refers people there (returning citizens, kandas, job seekers referred by akimats, presumed victims of
 * trafficking). The career centre sees one list in which nothing differs by programme: a person number and name, a
 * region, the day the referral arrived, languages, skills, the contacts the person agreed to share
 * ({@link kz.koshi.employment.ReferralProfile}, consent per channel) and a status; one request at a time through
 * {@link kz.koshi.employment.EmploymentSupport#request}. The programme stays with the referring
 * side: akimats' and the labour ministry's in {@code employment_referral_origin}, which no career-centre
 * query reads; a victim's with the case, in protection, which calls {@link kz.koshi.employment.EmploymentReferrals}.
 * Depends on identity (persons known to the referring side), reference (regions, agencies), access, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "reference", "audit", "shared"})
package kz.koshi.employment;
