/**
 * Recruitment, part 2 (issue 14): placements abroad reported by licensed agencies (their account or their own API
 * token), checked against the licence, the worker's age, the fee limit, countries and contract dates, and refused with
 * every reason and nothing stored ({@link kz.koshi.recruitment.placement.Placements}, rules in
 * {@link kz.koshi.recruitment.placement.PlacementRules}); the register of labour agreements
 * ({@link kz.koshi.recruitment.placement.LabourAgreements}) that flags placements to countries without one in force;
 * pre-departure orientation per placement. Publishes {@link kz.koshi.recruitment.PlacementReported} and
 * {@link kz.koshi.recruitment.PlacementRefused}.
 */
package kz.koshi.recruitment.placement;
