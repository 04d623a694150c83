package kz.koshi.reporting;

/** One cell of a figure's table: the code it is keyed by (see {@link Dimension}) and its count. */
public record Cell(String key, long count) {
}
