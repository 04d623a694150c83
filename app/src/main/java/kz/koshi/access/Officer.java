package kz.koshi.access;

import java.time.Instant;
import java.util.Set;

/** An officer's account as stored. */
public record Officer(long id, String username, String fullName, String agencyCode, String passwordHash, boolean enabled,
                      int failedLogins, Instant lockedUntil, Set<Role> roles, Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
