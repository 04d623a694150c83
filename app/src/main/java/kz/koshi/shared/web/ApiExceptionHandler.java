package kz.koshi.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception of a REST controller into a ProblemDetail with a stable type. HTML controllers
 * are not touched: they get the HTML error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** Domain messages are message keys; systems calling the API read them in English. */
    @ExceptionHandler(DomainProblem.class)
    ProblemDetail domainProblem(DomainProblem e) {
        return Problems.of(e, messages.getMessage(e.getMessage(), e.arguments(), e.getMessage(), Locale.ENGLISH));
    }

    /** Handed on to Spring Security, whose handler audits the refusal and answers 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    void denied(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid("A parameter has the wrong format.",
                List.of(new Problems.FieldError(e.getName(), text("api.field.wrong-format"))));
    }

    /** Method validation through a proxy ({@code @Validated} controllers and services): a parameter at fault. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return ValidationFields.concernsReturnValue(e) ? unexpected(e)
                : Problems.invalid("The request has invalid parameters.", ValidationFields.of(e));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // The exception class only: messages may carry personal data.
        log.error("Unexpected error in the API: {}", e.getClass().getName());
        return Problems.of(ProblemType.INTERNAL, "Internal error", "The request could not be completed.");
    }

    /** A value that cannot be converted (an impossible date, an unknown sort) is "wrong format", never the converter's text with Java types. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.isBindingFailure() ? text("api.field.wrong-format") : f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid parameters.", ValidationFields.of(e)));
    }

    /** A return value failing its constraints is the platform's fault; parameters failing theirs, the caller's. */
    @Override
    protected ResponseEntity<Object> handleMethodValidationException(MethodValidationException e, HttpHeaders headers,
            HttpStatus status, WebRequest request) {
        if (e.isForReturnValue()) {
            return ResponseEntity.internalServerError().body(unexpected(e));
        }
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid parameters.", ValidationFields.of(e)));
    }

    /** A value Jackson could not read into its field (an impossible date, a number left out) is named like a field error. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(JsonFieldPath.of(e)
                .map(path -> Problems.invalid("The request has invalid fields.", List.of(new Problems.FieldError(path.field(),
                        text(path.wrongFormat() ? "api.field.wrong-format" : "api.field.missing-or-wrong-type")))))
                .orElseGet(() -> Problems.of(ProblemType.MALFORMED_REQUEST, "Malformed request",
                        "The request body is not valid JSON of the expected shape.")));
    }

    /** Spring's own problems (405, 406, 415, a missing parameter, ...) get the platform's stable type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && isBlankType(problem.getType())) {
            problem.setType(ProblemType.forStatus(status.value()).uri());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static boolean isBlankType(URI type) {
        return type == null || type.toString().equals("about:blank");
    }

    /** Field messages follow the caller's language (Accept-Language on the API), like the constraint messages. */
    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
