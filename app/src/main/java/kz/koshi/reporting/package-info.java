/**
 * Statistics for the Interdepartmental Commission (issue 17): read-only and downstream of every other module. It
 * reads nothing but the past-tense events the modules publish (ids, dates, region, citizenship, sex, age group,
 * purpose, kind; never a name or a narrative) into its own read model, which can be emptied and rebuilt from the
 * event publication registry ({@link kz.koshi.reporting.Projection}).
 * <p>
 * The contract: every figure the commission counts is a {@link kz.koshi.reporting.Figure}, defined once (message keys
 * {@code reporting.figure.<FIGURE>.name}, {@code .definition}, {@code .source}); {@link kz.koshi.reporting.FigureQueries}
 * counts a figure by one {@link kz.koshi.reporting.Dimension} under a {@link kz.koshi.reporting.ReportFilter} and
 * answers a {@link kz.koshi.reporting.FigureTable}. Each family of figures is counted by a
 * {@link kz.koshi.reporting.FigureSource} over its own tables. Dashboards, the annual report, exports and open data
 * use {@code FigureQueries} only; what a reader must not learn exactly passes {@link kz.koshi.reporting.Disclosure}.
 * <p>
 * Protection's, the hotline's and the enforcement registers' figures are counted in {@code reporting.protection} and
 * {@code reporting.enforcement} (over {@code reporting.tally}); protection's counting API ({@code protection ::
 * statistics}) and the hotline's {@code HotlineStatistics} are used by the recount test only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "stay", "protection :: events",
        "protection :: statistics", "hotline", "enforcement :: events", "recruitment", "kandas", "kandas :: events", "identity",
        "access", "reference", "audit", "shared"})
package kz.koshi.reporting;
