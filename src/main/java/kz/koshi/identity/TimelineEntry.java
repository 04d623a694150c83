package kz.koshi.identity;

import java.time.Instant;
import java.util.List;

/**
 * One event in a person's timeline: when, which module, and what, as a message key with arguments (so
 * each viewer reads it in their language). Contributors decide what the viewer may see.
 */
public record TimelineEntry(Instant at, String module, String messageKey, List<String> arguments) {

    public TimelineEntry {
        arguments = List.copyOf(arguments);
    }
}
