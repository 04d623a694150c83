package kz.koshi.shared;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The stable {@code type} of every ProblemDetail the API returns (RFC 9457). */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    RULE_VIOLATION("rule-violation", HttpStatus.UNPROCESSABLE_CONTENT),
    /** A caller limited by address (the public licence check) asked too often: 429, try again in a minute. */
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    /** An expulsion refused while a person's removal is suspended (V5, issue 12): 409, no reason given. */
    REMOVAL_SUSPENDED("removal-suspended", HttpStatus.CONFLICT),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public URI uri() {
        return URI.create("urn:koshi:problem:" + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
