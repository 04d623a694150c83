package kz.koshi.border;

import java.util.List;

/** Crossings that completed together (one crossing, or a batch from a border post system), in the order received. */
public record CrossingsRecorded(List<CrossingRecorded> crossings) {

    public CrossingsRecorded {
        crossings = List.copyOf(crossings);
    }
}
