package kz.koshi.stay.violations;

import java.io.OutputStream;
import java.util.Set;
import java.util.function.Consumer;

import kz.koshi.shared.export.CsvExport;
import kz.koshi.shared.export.XlsxExport;

/** The queue's export formats: CSV (semicolons, UTF-8 with BOM) and an Excel workbook. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** The days and the fine are numbers; every other cell is text, as the page shows it. */
    private static final Set<Integer> NUMBERS = Set.of(6, 12);

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format a link names (csv or CSV), or a field error naming the formats there are. */
    static ExportFormat named(String name) {
        return java.util.Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new kz.koshi.shared.DomainProblem(kz.koshi.shared.ProblemType.VALIDATION, "format",
                        "stay.queue.export.format.unknown"));
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Writes the headers, then each row the {@code rows} source hands over, then closes the file (not the stream). */
    void write(OutputStream out, String title, QueueLabels.Sheet sheet, Consumer<Consumer<QueueRow>> rows) {
        if (this == CSV) {
            try (CsvExport csv = new CsvExport(out)) {
                csv.line(sheet.headers());
                rows.accept(row -> csv.line(sheet.cells().apply(row)));
            }
        } else {
            try (XlsxExport xlsx = new XlsxExport(out, title)) {
                xlsx.line(sheet.headers());
                rows.accept(row -> xlsx.line(sheet.cells().apply(row), NUMBERS));
            }
        }
    }
}
