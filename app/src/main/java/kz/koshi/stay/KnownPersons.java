package kz.koshi.stay;

import java.util.regex.Pattern;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** Checks a person number asked about against the identity registry before the stay module answers for it. */
@Component
class KnownPersons {

    /** The shape of a person number; the check digit is the registry's business (a wrong one is simply not found). */
    private static final Pattern SHAPE = Pattern.compile("KP\\d{9}");

    private final IdentityResolution identity;

    KnownPersons(IdentityResolution identity) {
        this.identity = identity;
    }

    /**
     * The person's current number (a number merged into another leads to the survivor); refused against the field
     * {@code personNumber} when it does not have the shape of a person number (400) or the registry holds no such
     * person (404; {@link PersonNumber} with a wrong check digit included).
     */
    String current(String personNumber) {
        if (personNumber == null || !SHAPE.matcher(personNumber).matches()) {
            throw new DomainProblem(ProblemType.VALIDATION, "personNumber", "stay.person.number-invalid");
        }
        return identity.registered(personNumber).map(PersonSummary::personNumber)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "personNumber", "stay.person.not-registered"));
    }
}
