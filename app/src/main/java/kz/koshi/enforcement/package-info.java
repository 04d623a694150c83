/**
 * Enforcement registers (issue 16): criminal cases under the trafficking-related articles
 * ({@link kz.koshi.shared.CriminalArticles}), illegal-migration channels, and raids and inspections. Suspects,
 * organisers, persons moved and persons checked are resolved through identity's registry; organisations by BIN. A
 * criminal case links protection cases by identifiers only: the victims' side stays in protection. Violations found
 * in a raid are handed to stay through its API and become stay's own records in its violation queue.
 * Channels name the border service's checkpoints of their route through {@code border}'s {@code BorderRecords}.
 * Statistics leave as past-tense events (ids, dates, regions, articles, counts; never a name):
 * {@link kz.koshi.enforcement.CriminalCaseRegistered}, {@link kz.koshi.enforcement.CriminalCaseStageChanged},
 * {@link kz.koshi.enforcement.ChannelStopped}, {@link kz.koshi.enforcement.RaidCompleted}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "stay", "border",
        "protection :: case-references",
        "access", "reference", "audit", "shared"})
package kz.koshi.enforcement;
