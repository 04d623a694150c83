package kz.koshi.shared;

/**
 * A refusal that the user can act on: bad input, a missing record, a rule that forbids the action.
 * The message is shown to the caller, so it must never carry personal data.
 */
public class DomainProblem extends RuntimeException {

    private final ProblemType type;
    private final String field;
    private final Object[] arguments;

    public DomainProblem(ProblemType type, String message) {
        this(type, null, message);
    }

    public DomainProblem(ProblemType type, String field, String message) {
        this(type, field, message, new Object[0]);
    }

    /** A problem whose message key takes arguments ({@code {0}}...), which must carry no personal data either. */
    public DomainProblem(ProblemType type, String field, String message, Object... arguments) {
        super(message);
        this.type = type;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public ProblemType type() {
        return type;
    }

    /** The arguments of the message key, empty when it takes none. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The request field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }
}
