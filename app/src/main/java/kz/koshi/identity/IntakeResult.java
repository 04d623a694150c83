package kz.koshi.identity;

import java.util.List;

/**
 * What happened to one incoming record: the person it was resolved to and how, or, for a rejected record,
 * the fields at fault (never their values).
 */
public record IntakeResult(String source, String recordId, Outcome outcome, String personNumber,
                           ResolutionOutcome resolution, List<String> problems) {

    public enum Outcome {
        STORED,
        /** Already received earlier: nothing stored twice. */
        DUPLICATE,
        REJECTED
    }

    public static IntakeResult rejected(IncomingRecord record, List<String> problems) {
        return new IntakeResult(record == null ? null : record.source(), record == null ? null : record.recordId(),
                Outcome.REJECTED, null, null, problems);
    }

    public static IntakeResult resolved(IncomingRecord record, PersonResolution resolution) {
        Outcome outcome = resolution.outcome() == ResolutionOutcome.ALREADY_RECEIVED ? Outcome.DUPLICATE : Outcome.STORED;
        return new IntakeResult(record.source(), record.recordId(), outcome, resolution.personNumber(),
                resolution.outcome(), List.of());
    }
}
