package kz.koshi.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in a person's timeline: when, which module, and what, as a message key with arguments (so
 * each viewer reads it in their language). An argument that is itself a message key (a state, a party, a
 * reason: {@code border.state.HELD}) is read in the viewer's language too; other arguments (numbers, dates,
 * codes) are shown as they are. Contributors decide what the viewer may see. An event known only by its day (a
 * ban from, a permit from) carries that {@code day} and is shown as a date, not as midnight; {@code at} then only
 * places it in the timeline (the start of that day in Kazakhstan).
 */
public record TimelineEntry(Instant at, String module, String messageKey, List<String> arguments, LocalDate day) {

    public TimelineEntry {
        arguments = List.copyOf(arguments);
    }

    /** An event at a moment (a crossing, a record received). */
    public TimelineEntry(Instant at, String module, String messageKey, List<String> arguments) {
        this(at, module, messageKey, arguments, null);
    }
}
