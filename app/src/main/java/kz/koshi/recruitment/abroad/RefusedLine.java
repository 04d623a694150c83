package kz.koshi.recruitment.abroad;

/** A line a feed could not take: its number, the column at fault and why (a message key). */
public record RefusedLine(long line, String column, String reason) {
}
