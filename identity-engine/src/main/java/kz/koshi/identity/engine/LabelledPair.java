package kz.koshi.identity.engine;

/** Two records and a reviewer's decision whether they are one person. */
public record LabelledPair(IdentityRecord a, IdentityRecord b, boolean samePerson) {
}
