package kz.koshi.border;

import java.time.Instant;

/** A parent or legal guardian on record for a minor citizen (what the minors' exit alert checks). */
public record GuardianView(String childPersonNumber, String adultPersonNumber, String relation, String basis,
                           String recordedBy, Instant recordedAt) {
}
