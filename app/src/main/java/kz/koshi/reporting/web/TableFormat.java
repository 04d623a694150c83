package kz.koshi.reporting.web;

import java.util.Arrays;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** The export formats of a table: CSV (semicolons, UTF-8 with BOM, for Excel) and an Excel workbook. */
enum TableFormat {
    CSV("text/csv;charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static TableFormat named(String name) {
        return Arrays.stream(values()).filter(f -> name != null && f.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "format", "reporting.export.format.unknown"));
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }
}
