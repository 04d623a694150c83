package kz.koshi.identity.engine;

/**
 * A candidate pair worth keeping: linked, or for a reviewer to decide. Weight is in bits including the
 * prior; probability = 1 / (1 + 2^-weight).
 */
public record ScoredPair(String recordA, String recordB, double weight, double probability, Decision decision) {
}
