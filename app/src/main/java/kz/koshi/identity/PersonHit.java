package kz.koshi.identity;

/** A search result: the person and how many of the query's terms it matched. */
public record PersonHit(PersonSummary person, int score) {
}
