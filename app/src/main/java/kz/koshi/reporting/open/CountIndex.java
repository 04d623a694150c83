package kz.koshi.reporting.open;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers each distinct count once; a count met again with another value is numbered apart (never tied wrongly). */
final class CountIndex {

    private final Map<CountKey, Integer> numbers = new HashMap<>();
    private final List<CountKey> keys = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();

    int number(CountKey key, long value, String alone) {
        Integer known = numbers.get(key);
        if (known != null && values.get(known) == value) {
            return known;
        }
        CountKey placed = known == null ? key : key.alone(alone);
        numbers.put(placed, keys.size());
        keys.add(placed);
        values.add(value);
        return keys.size() - 1;
    }

    List<CountKey> keys() {
        return keys;
    }

    long[] values() {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
