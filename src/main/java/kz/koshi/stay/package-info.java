/**
 * Stay: registrations, permits, court expulsions, the stay rule engine's verdicts (status, allowed stay,
 * registration deadline), violations with sanctions and the officers' queue, the person's timeline, the expulsion
 * review queue, and the suspension of removal while a reflection period, special social services or a criminal case
 * in which the person is a victim run. Listens to border's {@code CrossingsRecorded} and protection's events;
 * implements border's {@code StayStatusSource}.
 * Of {@code protection} it may use the events only (named interface {@code protection :: events}): removal is
 * suspended without showing why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "identity", "protection :: events", "access",
        "reference", "audit", "shared"})
package kz.koshi.stay;
