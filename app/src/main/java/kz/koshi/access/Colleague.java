package kz.koshi.access;

/** An enabled officer as colleagues see them: id and name, nothing about the account. */
public record Colleague(long officerId, String fullName) {
}
