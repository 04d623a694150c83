package kz.koshi.access;

import java.time.Instant;
import java.util.Set;

/** An agency system's bearer token as stored: never the token itself, only its hash and first characters. */
public record ApiToken(long id, String name, String agencyCode, String hint, Set<ApiScope> scopes, String createdBy,
                       Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
