package kz.koshi.identity.engine.normal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns normalised strings as ints, so a million records share one copy of "akhmetov" and compare
 * names by id first. Id 0 is the empty string (missing value). Not thread-safe: callers that add
 * while others read must lock.
 */
public final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    public Vocabulary() {
        intern("");
    }

    public int intern(String s) {
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        strings.add(s);
        ids.put(s, strings.size() - 1);
        return strings.size() - 1;
    }

    /** Id of a string already seen, or -1; lookups for a query record must not grow the vocabulary. */
    public int find(String s) {
        return ids.getOrDefault(s, -1);
    }

    public String string(int id) {
        return strings.get(id);
    }

    public int size() {
        return strings.size();
    }
}
