package kz.koshi.border.booth;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

/**
 * An officer's shift at a booth: the checkpoint and lane chosen once when the shift opens, the lane's direction
 * (what the crossing form offers first) and when it opened. Kept in the officer's session until changed or signed out.
 */
public record Shift(String checkpoint, int lane, String direction, Instant openedAt) implements Serializable {

    private static final String KEY = Shift.class.getName();

    /** The shift open in this session, or null. */
    public static Shift of(HttpSession session) {
        return session == null ? null : (Shift) session.getAttribute(KEY);
    }

    void openIn(HttpSession session) {
        session.setAttribute(KEY, this);
    }
}
