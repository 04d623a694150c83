package kz.koshi.feeds;

import java.util.List;

import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.Problems;
import kz.koshi.shared.web.Problems.FieldError;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record's value with the application's JSON mapper (the same readers as the HTTP API). A value that is not
 * JSON of the expected shape is answered with a ProblemDetail naming the field Jackson stopped at, never its value.
 */
class FeedJson {

    private final JsonMapper json;

    FeedJson(JsonMapper json) {
        this.json = json;
    }

    <T> Read<T> read(byte[] value, Class<T> type, String what) {
        if (value == null || value.length == 0) {
            return new Read<>(null, unreadable(what, List.of(new FieldError(what, "is missing"))));
        }
        try {
            T read = json.readValue(value, type);
            return read == null ? new Read<>(null, unreadable(what, List.of(new FieldError(what, "is missing")))) : new Read<>(read, null);
        } catch (JacksonException e) {
            String field = field(e);
            return new Read<>(null, unreadable(what, field.isEmpty() ? List.of() : List.of(new FieldError(field, "cannot be read"))));
        }
    }

    private static ProblemDetail unreadable(String what, List<FieldError> fields) {
        ProblemDetail problem = Problems.invalid("The record is not a readable " + what + " in JSON.", fields);
        problem.setType(ProblemType.MALFORMED_REQUEST.uri());
        problem.setTitle("Unreadable record");
        return problem;
    }

    private static String field(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    record Read<T>(T value, ProblemDetail problem) {
    }
}
