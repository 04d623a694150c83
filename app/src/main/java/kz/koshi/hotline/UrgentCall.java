package kz.koshi.hotline;

import java.time.Instant;

/** A caller in danger, as the police on duty see it at once: when, where and what about; the call opens on a click. */
public record UrgentCall(long routeId, long callId, Instant receivedAt, String regionCode, CallClass classification) {
}
