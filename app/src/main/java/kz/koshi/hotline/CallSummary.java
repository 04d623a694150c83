package kz.koshi.hotline;

import java.time.Instant;

/** A line of a call list: no facts and no contact; whether a route waits for its follow-up. */
public record CallSummary(long id, Instant receivedAt, Channel channel, String regionCode, CallClass classification,
                          boolean inDanger, int routes, boolean followUpDue) {
}
