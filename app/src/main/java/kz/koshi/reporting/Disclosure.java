package kz.koshi.reporting;

import java.util.List;

/**
 * Makes tables safe for a reader who must not learn a small count (open data, and protection's figures for readers
 * outside the protection mandate): cells of 1-4 are hidden, with complementary suppression that holds across every
 * table of the set and every period published, so no hidden cell can be recovered by differencing what is shown.
 */
public interface Disclosure {

    /** The tables of one publication, each with the cells it may show; the set is suppressed as a whole. */
    List<PublishedTable> publish(List<FigureTable> tables);
}
