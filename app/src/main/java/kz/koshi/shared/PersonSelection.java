package kz.koshi.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persons a bulk read is for: a range of person numbers (a page of the daily sweep) or a set of them
 * (the travellers of a batch of crossings). Repositories put {@link #where} in their SQL and bind {@link #params}.
 */
public record PersonSelection(String first, String last, Set<String> persons) {

    public static PersonSelection between(String first, String last) {
        return new PersonSelection(first, last, null);
    }

    public static PersonSelection of(Collection<String> persons) {
        return new PersonSelection(null, null, new LinkedHashSet<>(persons));
    }

    public static PersonSelection of(String person) {
        return of(List.of(person));
    }

    public boolean isEmpty() {
        return persons != null && persons.isEmpty();
    }

    /** The condition on the given person-number column, with named parameters. */
    public String where(String column) {
        if (persons == null) {
            return column + " between :first and :last";
        }
        return persons.isEmpty() ? "1 = 0" : column + " in (:persons)";
    }

    public Map<String, Object> params() {
        return persons == null ? Map.of("first", first, "last", last) : Map.of("persons", persons.isEmpty() ? List.of("") : persons);
    }
}
