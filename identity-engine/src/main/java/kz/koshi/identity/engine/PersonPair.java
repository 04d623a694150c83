package kz.koshi.identity.engine;

/**
 * Two registered persons weighed against each other: the record of the first ({@code recordId}) that best matches
 * a record of the second, with that match explained as an online candidate is ({@link Candidate}).
 */
public record PersonPair(String recordId, Candidate candidate) {
}
