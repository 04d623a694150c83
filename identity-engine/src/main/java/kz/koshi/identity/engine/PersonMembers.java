package kz.koshi.identity.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which indexed records belong to each person, so a constraint can be checked against all of them. */
final class PersonMembers {

    private final Map<String, List<Integer>> byPerson = new HashMap<>();

    void add(String person, int index) {
        byPerson.computeIfAbsent(person, p -> new ArrayList<>(2)).add(index);
    }

    void move(String from, String to, int index) {
        List<Integer> old = byPerson.get(from);
        if (old != null) {
            old.remove(Integer.valueOf(index));
            if (old.isEmpty()) {
                byPerson.remove(from);
            }
        }
        add(to, index);
    }

    List<Integer> of(String person) {
        return byPerson.getOrDefault(person, List.of());
    }
}
