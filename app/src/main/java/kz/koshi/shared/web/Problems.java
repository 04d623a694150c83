package kz.koshi.shared.web;

import java.util.List;
import java.util.Map;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.http.ProblemDetail;

/** Builds the platform's ProblemDetails, so that every error of the API has the same shape. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(title);
        return problem;
    }

    /** A domain refusal with its message already read ({@code text}), naming its field when it has one. */
    public static ProblemDetail of(DomainProblem e, String text) {
        if (e.field() == null) {
            return of(e.type(), e.type().status().getReasonPhrase(), text);
        }
        ProblemDetail problem = invalid(text, List.of(new FieldError(e.field(), text)));
        problem.setType(e.type().uri());
        problem.setStatus(e.type().status());
        problem.setTitle(e.type().status().getReasonPhrase());
        return problem;
    }

    /** A problem naming the offending request fields, each with its message. */
    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(ProblemType.VALIDATION, "Invalid request", detail);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }

    public record FieldError(String field, String message) {
    }
}
