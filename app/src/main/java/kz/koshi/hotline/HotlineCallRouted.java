package kz.koshi.hotline;

import java.time.LocalDate;

/** A call was routed: for statistics only (the kind of route, never the facts, a name or a contact). */
public record HotlineCallRouted(long callId, LocalDate day, String regionCode, CallClass classification, Channel channel,
                                RouteKind routedTo) {
}
