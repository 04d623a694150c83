package kz.koshi.identity;

/** A source record was taken out of a person (a merge reverted, or a wrong link undone) into a new person. */
public record PersonSplit(String originalPersonNumber, String newPersonNumber) {
}
