package kz.koshi.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this thread: the signed-in officer, the calling agency system, or the platform itself. */
public final class CurrentActor {

    public static final String SYSTEM = "system";

    private CurrentActor() {
    }

    public static Optional<KoshiPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof KoshiPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** The actor's name for the audit trail and provenance; a test's or framework's user name if no Koshi principal. */
    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return SYSTEM;
        }
        return principal().map(KoshiPrincipal::actorName).orElse(auth.getName());
    }

    public static String agencyCode() {
        return principal().map(KoshiPrincipal::agencyCode).orElse(null);
    }
}
