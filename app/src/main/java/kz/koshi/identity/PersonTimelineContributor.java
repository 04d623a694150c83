package kz.koshi.identity;

import java.util.List;

/**
 * Implemented by modules that have events to show in a person's profile (crossings, registrations,
 * permits, cases...). Each contributor applies the current viewer's permissions itself and returns only
 * what that viewer may see.
 */
public interface PersonTimelineContributor {

    List<TimelineEntry> timeline(String personNumber);
}
