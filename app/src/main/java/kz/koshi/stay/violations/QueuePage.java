package kz.koshi.stay.violations;

import java.util.List;

/** One page of the queue: its rows, how many violations the filter finds in all, and the page's number (from 1). */
public record QueuePage(List<QueueRow> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The page links to show: the first, the last, and two either side of this one. */
    public List<Integer> links() {
        int last = pages();
        return java.util.stream.IntStream.rangeClosed(1, last)
                .filter(n -> n == 1 || n == last || Math.abs(n - page) <= 2).boxed().toList();
    }
}
