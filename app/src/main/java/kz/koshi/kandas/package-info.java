/**
 * Kandas (ethnic Kazakh returnees, қандастар) and internal resettlers: the public pre-arrival survey of a family
 * (saved step by step, resumed with a reference and a secret, no account), the region recommendation that ranks
 * the regions in force for the family ({@link kz.koshi.kandas.engine.RegionRecommender}, plain Java), akimats'
 * offers and reservations for the families expected in their region, and the labour authority's vacancy feed and
 * quota use.
 * <p>
 * Arrival and status (issue 15): implements border's {@link kz.koshi.border.KandasReferences} port (is this a sent
 * survey's reference?) and listens to border's {@code KandasReferenceGiven} to link an arrived person to the survey;
 * the migration police record the kandas application. Its events (named interface {@code events}, used by stay):
 * {@link kz.koshi.kandas.KandasArrived} and {@link kz.koshi.kandas.KandasStatusChanged}, ids and dates only.
 * Depends on border (the port and the event only), reference (regions in force, countries, agencies), audit and shared;
 * never on stay.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "reference", "audit", "shared"})
package kz.koshi.kandas;
