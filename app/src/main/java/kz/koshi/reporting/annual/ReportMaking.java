package kz.koshi.reporting.annual;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;

import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes one report: counts it, words it and renders it. It is stamped with the Astana day it was made (its start is
 * the documents' creation time), so the same period, language and figures give the same bytes all that day.
 */
@Component
class ReportMaking {

    private final FigureQueries queries;
    private final ObjectProvider<Disclosure> disclosure;
    private final ReportWording wording;
    private final MessageSource messages;
    private final KazakhstanCalendar calendar;

    ReportMaking(FigureQueries queries, ObjectProvider<Disclosure> disclosure, ReportWording wording, MessageSource messages,
                 KazakhstanCalendar calendar) {
        this.queries = queries;
        this.disclosure = disclosure;
        this.wording = wording;
        this.messages = messages;
        this.calendar = calendar;
    }

    ReportDownload make(ReportPeriod period, Locale language, ReportFormat format) {
        LocalDateTime day = LocalDateTime.of(calendar.today(), java.time.LocalTime.MIDNIGHT);
        AnnualReport counted = new ReportCounting(queries, disclosure.getIfAvailable(WithheldDisclosure::new)).count(period, day.toLocalDate());
        PrintedReport printed = wording.print(counted, new ReportWords(messages, language));
        byte[] bytes = switch (format) {
            case PDF -> new ReportPdf().render(printed, calendar.instantOf(day), TimeZone.getTimeZone(calendar.zone()), id(printed));
            case XLSX -> new ReportWorkbook().render(printed, day, calendar.zone());
        };
        String name = "koshi-report-" + period.from() + "-" + period.to() + "-" + language.getLanguage() + "." + format.extension();
        return new ReportDownload(bytes, format.mediaType(), name);
    }

    /** The PDF's document ID: derived from everything the report says, so it changes exactly when the content does. */
    private static byte[] id(PrintedReport printed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(printed.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
