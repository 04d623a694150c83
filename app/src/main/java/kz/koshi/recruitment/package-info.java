/**
 * Recruitment (issue 14). Licensing of private employment agencies: An agency opens an applicant account
 * for its BIN on the public site ({@link kz.koshi.recruitment.AccountOpening}), applies for a licence
 * ({@link kz.koshi.recruitment.Applications}: legal entity, founders and managers resolved through the identity
 * registry, addresses, destinations, fees, a sample contract PDF); the labour authority reviews it with a checklist,
 * asks for corrections, grants or refuses; the licence is suspended, reinstated, revoked, renewed, and expires by
 * itself ({@link kz.koshi.recruitment.Licences}, rules in {@code recruitment.rules}, plain Java). Anyone checks an
 * agency without signing in ({@link kz.koshi.recruitment.PublicRegister}, {@code GET /api/v1/public/agencies}).
 * {@link kz.koshi.recruitment.Licences#standing(String)} tells whether an agency's licence is valid today and for which
 * destinations. Placements abroad, labour agreements and orientation ({@code recruitment.placement}) publish
 * {@link kz.koshi.recruitment.PlacementReported} and {@link kz.koshi.recruitment.PlacementRefused}. Risk signals on agencies ({@code recruitment.signals}, named interface {@code signals}: complaints from other
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
