package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.util.Map;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

/**
 * What one published number counts, the same whichever table shows it: a figure over a period (a stock only on its
 * last day, so {@code from} is null) with some dimensions fixed ({@code given}: a filter or the cell's own key). A
 * number that cannot be placed (a key that is not a month in a month table, or a count that disagrees with the same
 * count elsewhere) is {@code own}: counted on its own, tied only to its table's total.
 */
record CountKey(Figure figure, LocalDate from, LocalDate to, Map<Dimension, String> given, String own) {

    CountKey {
        given = Map.copyOf(given);
    }

    static CountKey of(Figure figure, LocalDate from, LocalDate to, Map<Dimension, String> given) {
        return new CountKey(figure, figure.stock() ? null : from, to, given, null);
    }

    CountKey alone(String why) {
        return new CountKey(figure, from, to, given, why);
    }

    CountKey within(LocalDate newFrom, LocalDate newTo) {
        return of(figure, newFrom, newTo, given);
    }

    /** The same count with one more dimension fixed. */
    CountKey with(Dimension dimension, String key) {
        Map<Dimension, String> more = new java.util.HashMap<>(given);
        more.put(dimension, key);
        return new CountKey(figure, from, to, more, own);
    }
}
