package kz.koshi.identity.registry;

import java.time.Instant;

import kz.koshi.identity.IncomingRecord;

/** A source record as kept: what the agency sent, when, and the person it belongs to now. */
public record StoredRecord(long id, IncomingRecord record, Instant receivedAt, String personNumber, String resolution,
                           Double matchProbability) {

    /** The engine's record id: the registry's own id, since agencies' record ids repeat across sources. */
    public String engineId() {
        return Long.toString(id);
    }
}
