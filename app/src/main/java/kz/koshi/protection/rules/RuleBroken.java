package kz.koshi.protection.rules;

/**
 * A protection rule refuses the request. Carries the field at fault and a message-bundle key, never
 * personal data; the application service turns it into a {@code DomainProblem}.
 */
public class RuleBroken extends RuntimeException {

    private final String field;

    public RuleBroken(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
