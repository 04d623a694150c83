package kz.koshi.identity;

import java.util.Comparator;
import java.util.List;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * One person, one page: who the person is, then each module's section the viewer is entitled to. A viewer with
 * no section is refused before any number is looked up (no 403/404 oracle); each section audits its own read.
 */
@Service
public class PersonPages {

    private final IdentityResolution identity;
    private final List<PersonPageSection> sections;

    PersonPages(IdentityResolution identity, List<PersonPageSection> sections) {
        this.identity = identity;
        this.sections = sections;
    }

    /** The person as registered now and the sections shown to the viewer; none for a number merged into this person's. */
    public record Page(PersonSummary person, List<PersonPageSection.Shown> sections) {
    }

    public Page of(String personNumber) {
        List<PersonPageSection> open = sections.stream().filter(PersonPages::opens).toList();
        if (open.isEmpty()) {
            throw new AccessDeniedException("person page");
        }
        PersonSummary person = identity.registered(personNumber)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.person.not-found"));
        if (!person.personNumber().equals(personNumber)) {
            return new Page(person, List.of());
        }
        return new Page(person, open.stream().map(s -> s.shown(person.personNumber()))
                .sorted(Comparator.comparingInt(PersonPageSection.Shown::order)).toList());
    }

    private static boolean opens(PersonPageSection section) {
        try {
            section.open();
            return true;
        } catch (AccessDeniedException notEntitled) {
            return false;
        }
    }
}
