package kz.koshi.hotline;

import java.time.Instant;
import java.util.List;

/** A call as those entitled read it: everything logged, the facts and contact decrypted, and its routes. */
public record CallFile(long id, Instant receivedAt, Channel channel, boolean anonymous, SpokenLanguage callerLanguage,
                       boolean callbackConsent, String contact, String facts, String regionCode, CallClass classification,
                       boolean namesVictim, boolean inDanger, String loggedBy, List<Route> routes) {
}
