/**
 * Kandas (ethnic Kazakh returnees, қандастар) and internal resettlers: the public pre-arrival survey of a family
 * (saved step by step, resumed with a reference and a secret, no account), the region recommendation that ranks
 * the regions in force for the family ({@link kz.koshi.kandas.engine.RegionRecommender}, plain Java), akimats'
 * offers and reservations for the families expected in their region, and the labour authority's vacancy feed and
 * quota use.
 * <p>
 * API for other modules: {@link kz.koshi.kandas.KandasSurveys#expectedRegion(String)} (a submitted survey's
 * reference to the region the family is expected in), the seam the border's arrival step (issue 15, "Arrival and
 * status", a later task) will use with the survey reference a family member gives; its events will be
 * {@code KandasArrived} and {@code KandasStatusChanged}, carrying ids and dates only.
 * Depends on reference (regions in force, countries, agencies), audit and shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "reference", "audit", "shared"})
package kz.koshi.kandas;
