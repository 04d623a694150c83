package kz.koshi.identity;

/** A reviewer decided two persons are one: records that point at the merged number must point at the survivor. */
public record PersonsMerged(String survivingPersonNumber, String mergedPersonNumber) {
}
