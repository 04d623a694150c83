package kz.koshi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the previous entry's hash and every field of an entry. Each field is written with its
 * length in front, so that no two different entries can produce the same input.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEntry e) {
        StringBuilder in = new StringBuilder();
        for (Object field : new Object[] {e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.agencyCode(), e.action(),
                e.subjectType(), e.subjectId(), e.reason(), e.outcome()}) {
            String text = field == null ? "" : field.toString();
            in.append(text.length()).append(':').append(text).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e2);
        }
    }
}
