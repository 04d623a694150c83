package kz.koshi.reporting.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import kz.koshi.reporting.Disclosure;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;

/** The report made from {@link TestFigures} with the application's wording, on a day fixed by the clock. */
final class ReportFixture {

    static final ReportPeriod YEAR_2025 = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    /** 17 February 2026, 11:00 in Astana: the commission's meeting on 2025 (seed 000). */
    static final Clock MEETING_DAY = Clock.fixed(Instant.parse("2026-02-17T06:00:00Z"), ZoneId.of("Asia/Almaty"));

    final TestFigures figures = new TestFigures();
    final TestFigures.SmallCellsHidden disclosure = new TestFigures.SmallCellsHidden();
    private final ReportWording wording;
    private final MessageSource messages;

    ReportFixture(ReportWording wording, MessageSource messages) {
        this.wording = wording;
        this.messages = messages;
    }

    byte[] make(String language, ReportFormat format) {
        return make(language, format, MEETING_DAY);
    }

    byte[] make(String language, ReportFormat format, Clock clock) {
        var provider = new StaticListableBeanFactory(Map.of("disclosure", disclosure)).getBeanProvider(Disclosure.class);
        return new ReportMaking(figures, provider, wording, messages, new KazakhstanCalendar(clock))
                .make(YEAR_2025, Locale.forLanguageTag(language), format).bytes();
    }

    /** Keeps a copy under target/reports for a person to open. */
    static Path keep(byte[] bytes, String name) {
        try {
            Path file = Path.of("target/reports", name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
