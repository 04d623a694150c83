/**
 * Border crossings, checkpoints, entry bans and watch lists, minors' exits, and the migrant ID card with its
 * TD1 machine-readable zone and signed credential. Public surface: {@link kz.koshi.border.BorderRecords}
 * (read and ban services for other modules), {@link kz.koshi.border.CrossingsRecorded} (the event, one per recorded batch) and the
 * {@link kz.koshi.border.StayStatusSource} port that the stay module implements, and, for kandas arriving with their
 * family's survey reference, the {@link kz.koshi.border.KandasReferences} port that the kandas module implements and the
 * {@link kz.koshi.border.KandasReferenceGiven} event (ids and the date). The officers' border pages
 * ({@link kz.koshi.border.BorderPages}, the booth's held crossings and shift checkpoint among them) are the module's own:
 * the booth ({@code border.booth}: the officer's shift, a held crossing's context, the booth's server timing) is internal.
 * Depends on {@code identity} (resolving travellers), {@code access}, {@code audit}, {@code reference} and
 * {@code shared}; {@code stay} and {@code kandas} depend on it, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "access", "audit", "reference", "shared"})
package kz.koshi.border;
