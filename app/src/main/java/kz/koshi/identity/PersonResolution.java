package kz.koshi.identity;

/** The answer to an incoming record: the person it belongs to now, how that was decided, and how sure. */
public record PersonResolution(String personNumber, ResolutionOutcome outcome, double matchProbability) {
}
