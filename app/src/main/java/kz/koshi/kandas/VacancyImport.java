package kz.koshi.kandas;

import java.util.List;

/** What became of a vacancy feed: every row imported, or none and every refused row with its line and reason. */
public record VacancyImport(int imported, List<RefusedRow> refused) {

    /** The reason of a feed with nothing in it, not even the header. */
    public static final String FEED_EMPTY = "kandas.vacancies.feed-empty";

    public VacancyImport {
        refused = List.copyOf(refused);
    }

    /** A refused row: its line in the file (the header is line 1) and the message key of the reason. */
    public record RefusedRow(int line, String reason) {
    }

    public boolean accepted() {
        return refused.isEmpty();
    }

    /** True when the feed had nothing in it: the caller is told so, not that its lines are wrong. */
    public boolean feedEmpty() {
        return refused.size() == 1 && FEED_EMPTY.equals(refused.getFirst().reason());
    }
}
