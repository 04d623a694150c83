package kz.koshi.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Names and documents: the registry's records of the person, how they were linked and the person's timeline, for
 * the registry's readers (the read audited as {@code PERSON_VIEWED}).
 */
@Component
class IdentitySection implements PersonPageSection {

    static final String SOURCE = "identity.source.";

    private final PersonDirectory directory;
    private final MessageSource messages;

    IdentitySection(PersonDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** The profile, and its timeline as the viewer reads it. */
    public record View(PersonProfile profile, List<Line> timeline) {
    }

    /** A line of the timeline: at a moment, or on a {@code day} when only the day is known. */
    public record Line(Instant at, LocalDate day, String text) {
    }

    @Override
    @PreAuthorize(PersonDirectory.READERS)
    public void open() {
    }

    @Override
    public Shown shown(String personNumber) {
        PersonProfile profile = directory.profile(personNumber);
        Locale locale = LocaleContextHolder.getLocale();
        return new Shown(0, "identity/person-section",
                new View(profile, profile.timeline().stream().map(e -> new Line(e.at(), e.day(), text(e, locale))).toList()));
    }

    /**
     * The entry's message, with each argument that is a message key (a state, a party, a reason) read in the viewer's
     * language; a source with no name in the bundles (a feed added later) keeps its code, never the key.
     */
    private String text(TimelineEntry entry, Locale locale) {
        Object[] arguments = entry.arguments().stream()
                .map(a -> messages.getMessage(a, null, a.startsWith(SOURCE) ? a.substring(SOURCE.length()) : a, locale)).toArray();
        return messages.getMessage(entry.messageKey(), arguments, entry.messageKey(), locale);
    }
}
