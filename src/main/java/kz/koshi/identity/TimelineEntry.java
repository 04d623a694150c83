package kz.koshi.identity;

import java.time.Instant;
import java.util.List;

/**
 * One event in a person's timeline: when, which module, and what, as a message key with arguments (so
 * each viewer reads it in their language). An argument that is itself a message key (a state, a party, a
 * reason: {@code border.state.HELD}) is read in the viewer's language too; other arguments (numbers, dates,
 * codes) are shown as they are. Contributors decide what the viewer may see.
 */
public record TimelineEntry(Instant at, String module, String messageKey, List<String> arguments) {

    public TimelineEntry {
        arguments = List.copyOf(arguments);
    }
}
