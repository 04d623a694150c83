package kz.koshi.reporting.annual;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The two forms the annual report is given in: a PDF to read and print, a workbook to compute with. */
enum ReportFormat {
    PDF(MediaType.APPLICATION_PDF, "pdf"),
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    private final MediaType mediaType;
    private final String extension;

    ReportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** {@code pdf} or {@code xlsx}, in any case; empty for anything else. */
    static Optional<ReportFormat> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
