/**
 * Stay: registrations, permits, court expulsions, the stay rule engine's verdicts (status, allowed stay,
 * registration deadline), violations with sanctions and the officers' queue, the person's timeline, and the
 * removal block during a reflection period. Listens to border's {@code CrossingsRecorded} and protection's
 * reflection-period events; implements border's {@code StayStatusSource}.
 * Of {@code protection} it may use the events only (named interface {@code protection :: events}): removal is
 * blocked without learning why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"border", "identity", "protection :: events", "access",
        "reference", "audit", "shared"})
package kz.koshi.stay;
