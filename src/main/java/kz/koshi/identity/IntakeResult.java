package kz.koshi.identity;

import java.util.List;

/** What happened to one incoming record. A rejected record carries the fields at fault, never their values. */
public record IntakeResult(String source, String recordId, Outcome outcome, List<String> problems) {

    public enum Outcome {
        STORED,
        /** Already received earlier: nothing stored twice. */
        DUPLICATE,
        REJECTED
    }
}
