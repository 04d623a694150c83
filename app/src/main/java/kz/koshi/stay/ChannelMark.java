package kz.koshi.stay;

import java.time.LocalDate;

/**
 * An illegal-migration channel the person was moved through, on their stay file: the channel's id in the enforcement
 * register and the day it was stopped. A fact for the migration police, never a violation (the person may be a victim).
 */
public record ChannelMark(long channelId, LocalDate stoppedOn) {
}
