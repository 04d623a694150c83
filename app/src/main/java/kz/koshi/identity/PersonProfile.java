package kz.koshi.identity;

import java.util.List;

import kz.koshi.identity.registry.LinkHistory;
import kz.koshi.identity.registry.StoredRecord;

/** Everything the registry knows of a person, for an officer allowed to see it. */
public record PersonProfile(PersonSummary person, List<StoredRecord> sourceRecords, List<LinkHistory.Entry> provenance,
                            List<TimelineEntry> timeline) {
}
