package kz.koshi.border;

import java.util.List;

import kz.koshi.shared.web.Problems.FieldError;

/** A crossing whose fields fail the checks; each problem names its field and a message key. No values inside. */
class CrossingRejected extends RuntimeException {

    private final transient List<FieldError> problems;

    CrossingRejected(List<FieldError> problems) {
        super("crossing rejected");
        this.problems = List.copyOf(problems);
    }

    List<FieldError> problems() {
        return problems;
    }
}
