/**
 * Stay: registrations, permits, court expulsions, the stay rule engine's verdicts (status, allowed stay,
 * registration deadline), violations with sanctions, the person's timeline, the expulsion
 * review queue, and the suspension of removal while a reflection period, special social services or a criminal case
 * in which the person is a victim run. Listens to border's {@code CrossingsRecorded} and protection's events;
 * implements border's {@code StayStatusSource}.
 * The violation queue ({@code stay.violations}, internal: {@code ViolationDesk}) pages, filters and exports violations
 * with each violator's name, citizenship and region (read through identity's and border's services at detection and
 * kept in the module's own table) and records the administrative protocol when one is handled. Violations found in raids
 * and inspections arrive through {@code InspectionFindings} (issue 16) and become the module's own records, with their
 * source; enforcement never writes these tables.
 * Of {@code protection} it may use the events only (named interface {@code protection :: events}): removal is
 * suspended without showing why. Of {@code kandas}, the events only too ({@code kandas :: events}): a kandas
 * application's status (applied, granted, refused, with its day) holds the overstay rule while it runs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "identity", "protection :: events", "kandas :: events", "access",
        "reference", "audit", "shared"})
package kz.koshi.stay;
