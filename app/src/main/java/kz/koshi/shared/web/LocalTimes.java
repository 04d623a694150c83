package kz.koshi.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages show an instant: in Kazakhstan's zone, labelled ({@code ${@localTimes.minute(at)}} gives
 * "2026-12-06 14:05 (Astana)"); a day without a label ({@code ${@localTimes.day(at)}}). The one way templates
 * format instants.
 */
@Component("localTimes")
public class LocalTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final KazakhstanCalendar calendar;
    private final MessageSource messages;

    LocalTimes(KazakhstanCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    public String minute(Instant at) {
        return labelled(at, MINUTE);
    }

    public String second(Instant at) {
        return labelled(at, SECOND);
    }

    public String day(Instant at) {
        return at == null ? "" : calendar.dayOf(at).toString();
    }

    /** The zone's name for officers: "Astana" (the name of Kazakhstan's time). */
    public String label() {
        return messages.getMessage("time.zone", null, calendar.zone().getId(), LocaleContextHolder.getLocale());
    }

    private String labelled(Instant at, DateTimeFormatter format) {
        return at == null ? "" : calendar.localTime(at).format(format) + " (" + label() + ")";
    }
}
