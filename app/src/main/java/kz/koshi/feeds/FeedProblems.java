package kz.koshi.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import kz.koshi.border.CrossingRequest;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.Problems;
import kz.koshi.shared.web.Problems.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;

/**
 * The ProblemDetails of a feed's dead letters, in English as the API's are: the same checks and the same texts as the
 * HTTP API gives for the same record (fields and reasons, never values).
 */
class FeedProblems {

    private final Validator validator;
    private final MessageSource messages;

    FeedProblems(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** The batch API's checks of one crossing: its constraints, and no kandas reference (single crossings only). */
    ProblemDetail ofCrossing(CrossingRequest crossing) {
        List<FieldError> fields = new ArrayList<>(validator.validate(crossing).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList());
        if (crossing.kandasReference() != null && !crossing.kandasReference().isBlank()) {
            fields.add(new FieldError("kandasReference", text("border.kandas.single-crossing-only")));
        }
        return fields.isEmpty() ? null : Problems.invalid("The crossing has invalid fields.", fields);
    }

    /** A refusal by the application service: its problems carry message keys. */
    ProblemDetail refused(String what, List<FieldError> keyed) {
        return Problems.invalid("The " + what + " has invalid fields.",
                keyed.stream().map(p -> new FieldError(p.field(), text(p.message()))).toList());
    }

    /** A record of the identity feed refused for the fields named (as the batch API reports them). */
    ProblemDetail invalidFields(List<String> fields) {
        return Problems.invalid("The record has invalid fields.", fields.stream().map(f -> new FieldError(f, "is invalid")).toList());
    }

    ProblemDetail of(DomainProblem problem) {
        return Problems.of(problem, messages.getMessage(problem.getMessage(), problem.arguments(), problem.getMessage(), Locale.ENGLISH));
    }

    /** A record the service failed on for a reason of its own (not the database's): set aside rather than retried forever. */
    ProblemDetail failed(RuntimeException e) {
        return Problems.of(ProblemType.INTERNAL, "Not stored", "The record could not be stored (" + e.getClass().getSimpleName() + ").");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
