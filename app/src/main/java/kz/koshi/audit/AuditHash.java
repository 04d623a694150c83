package kz.koshi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over the previous entry's hash and every field of an entry. Each field is written with its
 * length in front, so that no two different entries can produce the same input.
 * <p>
 * Versioned: an entry with a structured reason (a reason key) is hashed as version 2, the marker {@code v2} first and
 * its reason key and arguments last; an entry without one is hashed exactly as before structured reasons (version 1),
 * so every entry written earlier still verifies. Removing a key turns a version 2 input into a version 1 input that
 * lacks the marker, so that too is detected.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEntry e) {
        List<Object> fields = new ArrayList<>(Arrays.asList(e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.agencyCode(),
                e.action(), e.subjectType(), e.subjectId(), e.reason(), e.outcome()));
        if (e.reasonKey() != null) {
            fields.addFirst("v2");
            fields.add(e.reasonKey());
            fields.add(e.reasonArgs());
        }
        StringBuilder in = new StringBuilder();
        for (Object field : fields) {
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
