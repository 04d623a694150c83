package kz.koshi.shared;

/**
 * A refusal that the user can act on: bad input, a missing record, a rule that forbids the action.
 * The message is shown to the caller, so it must never carry personal data.
 */
public class DomainProblem extends RuntimeException {

    private final ProblemType type;
    private final String field;

    public DomainProblem(ProblemType type, String message) {
        this(type, null, message);
    }

    public DomainProblem(ProblemType type, String field, String message) {
        super(message);
        this.type = type;
        this.field = field;
    }

    public ProblemType type() {
        return type;
    }

    /** The request field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }
}
