package kz.koshi.protection.web.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.protection.CaseFile;
import kz.koshi.reference.ReferenceNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A timeline step's detail in the viewer's words: a centre or agency by its name (through {@code ReferenceNames}) ({@code CRISIS-KZ-71} becomes the
 * centre's name), a hand-over as "from → to", a coded value or a list of them (a plan's services) by their
 * translated names. Used as {@code ${@timelineWords.detail(e, #locale)}} on the case and guardianship pages.
 */
@Component("timelineWords")
public class TimelineWords {

    /** Timeline details that are codes, and the message key stems that name them. */
    private static final Map<String, String> DETAIL_KEYS = Map.ofEntries(Map.entry("OPENED", "protection.exploitation."),
            Map.entry("REFERRAL_DECLINED", "protection.decline."), Map.entry("SERVICE_DELIVERED", "protection.service-type."),
            Map.entry("PLAN_SET", "protection.service-type."), Map.entry("EXTENSION_REQUESTED", "protection.extension-reason."),
            Map.entry("OUTCOME", "protection.outcome."), Map.entry("CLOSED", "protection.closure."),
            Map.entry("FOLLOW_UP", "protection.channel."), Map.entry("PARTY_NAMED", "protection.party-role."),
            Map.entry("ASSIGNMENT_CHANGED", "protection.assignment-reason."),
            Map.entry("GUARDIANSHIP_MEASURE", "protection.guardianship.measure."));

    private final ReferenceNames names;
    private final MessageSource messages;

    TimelineWords(ReferenceNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    public String detail(CaseFile.Event event, Locale locale) {
        String detail = event.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (detail.contains(" -> ")) {
            return Arrays.stream(detail.split(" -> ")).map(names::agency).collect(Collectors.joining(" → "));
        }
        String stem = DETAIL_KEYS.get(event.kind());
        if (stem == null) {
            return names.agency(detail);
        }
        return Arrays.stream(detail.split(",")).map(code -> messages.getMessage(stem + code.strip(), null, code, locale))
                .collect(Collectors.joining(", "));
    }
}
