/**
 * Recruitment, part 1 (issue 14): licensing of private employment agencies. An agency opens an applicant account
 * for its BIN on the public site ({@link kz.koshi.recruitment.AccountOpening}), applies for a licence
 * ({@link kz.koshi.recruitment.Applications}: legal entity, founders and managers resolved through the identity
 * registry, addresses, destinations, fees, a sample contract PDF); the labour authority reviews it with a checklist,
 * asks for corrections, grants or refuses; the licence is suspended, reinstated, revoked, renewed, and expires by
 * itself ({@link kz.koshi.recruitment.Licences}, rules in {@code recruitment.rules}, plain Java). Anyone checks an
 * agency without signing in ({@link kz.koshi.recruitment.PublicRegister}, {@code GET /api/v1/public/agencies}).
 * Module API for later parts (placements, risk signals): {@link kz.koshi.recruitment.Licences#standing(String)}
 * (is an agency's licence valid today, for which destinations) and the {@link kz.koshi.recruitment.LicenceChanged}
 * event. Risk signals on agencies ({@code recruitment.signals}, named interface {@code signals}: complaints from other
 * modules, the register's "not heard from" counts). The register of citizens abroad ({@code recruitment.abroad})
 * listens to placements and to border's {@code CrossingsRecorded} and refers returning workers through employment's
 * {@code EmploymentReferrals}. Depends on identity (persons behind an agency), access (applicant accounts, the sign-in
 * throttle), reference (countries, agencies), protection's named interface {@code employers} (how many trafficking
 * cases name an employer: a count only), border (crossing events), employment (referrals), hotline (its
 * {@code AgencyComplaintReported}: a complaint by ids), audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "access", "reference", "protection :: employers",
        "border", "employment", "hotline", "audit", "shared"})
package kz.koshi.recruitment;
