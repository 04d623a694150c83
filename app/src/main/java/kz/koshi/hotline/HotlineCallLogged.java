package kz.koshi.hotline;

import java.time.LocalDate;

/** A call or message was logged: for statistics only (never the facts, a name or a contact). */
public record HotlineCallLogged(long callId, LocalDate day, String regionCode, CallClass classification, Channel channel) {
}
