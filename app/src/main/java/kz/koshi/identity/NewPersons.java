package kz.koshi.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.identity.engine.Candidate;
import kz.koshi.identity.engine.Resolution;

/**
 * The persons first seen in a batch. While the batch is decided they go by provisional numbers (which the
 * index and later records of the batch see); once it is decided, exactly as many person numbers are drawn
 * as there are new persons, so no number is spent on a record that linked to someone.
 */
final class NewPersons {

    private static final String PROVISIONAL = "new:";

    private final List<String> provisional = new ArrayList<>();
    private final Map<String, String> numbers = new HashMap<>();

    /** A provisional number for one more new person. */
    String next() {
        String number = PROVISIONAL + provisional.size();
        provisional.add(number);
        return number;
    }

    int count() {
        return provisional.size();
    }

    boolean isNew(String personNumber) {
        return personNumber.startsWith(PROVISIONAL);
    }

    /** Gives the new persons their drawn numbers, in the order they were met. */
    void number(List<String> drawn) {
        if (drawn.size() != provisional.size()) {
            throw new IllegalStateException(drawn.size() + " numbers drawn for " + provisional.size() + " new persons");
        }
        for (int i = 0; i < drawn.size(); i++) {
            numbers.put(provisional.get(i), drawn.get(i));
        }
    }

    String numbered(String personNumber) {
        return isNew(personNumber) ? numbers.get(personNumber) : personNumber;
    }

    PersonResolution numbered(PersonResolution result) {
        return new PersonResolution(numbered(result.personNumber()), result.outcome(), result.matchProbability());
    }

    /** The resolution with its candidates under their drawn numbers (a candidate may be new in this batch). */
    Resolution numbered(Resolution resolution) {
        return new Resolution(resolution.decision(), resolution.candidates().stream()
                .map(c -> new Candidate(numbered(c.personId()), c.recordId(), c.weight(), c.probability(), c.contributions(),
                        c.cannotLink()))
                .toList());
    }
}
