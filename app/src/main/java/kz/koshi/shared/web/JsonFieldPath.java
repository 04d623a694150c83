package kz.koshi.shared.web;

import java.util.Optional;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The request field a JSON body could not be read into, from the path Jackson reports ({@code validFrom},
 * {@code document.expiresOn}, {@code [2].occurredAt}), and whether its value had the wrong format (a date that
 * does not exist, a number too large for its field) or was missing or of the wrong type (a number left out).
 * Never the value itself.
 */
record JsonFieldPath(String field, boolean wrongFormat) {

    static Optional<JsonFieldPath> of(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException || cause instanceof InputCoercionException) {
                JacksonException mapping = (JacksonException) cause;
                boolean wrongFormat = mapping instanceof InvalidFormatException || mapping instanceof InputCoercionException;
                String field = field(mapping);
                return field.isEmpty() ? Optional.empty() : Optional.of(new JsonFieldPath(field, wrongFormat));
            }
        }
        return Optional.empty();
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
}
