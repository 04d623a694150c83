package kz.koshi.reporting.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.koshi.shared.export.CsvExport;
import kz.koshi.shared.export.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A figure's table as a file in the reader's language: first the figure's name, definition, source, filter and
 * breakdown, then a blank line, then the table (name, code, count; a hidden cell as the page marks it) and its total.
 */
@Component
class TableExport {

    private static final Set<Integer> COUNT = Set.of(2);

    private final MessageSource messages;
    private final Glossary glossary;

    TableExport(MessageSource messages, Glossary glossary) {
        this.messages = messages;
        this.glossary = glossary;
    }

    /** The file in memory: a figure's table has tens of rows, never a register's thousands. */
    byte[] bytes(TableFormat format, FigureView view, Locale locale) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(format, out, view, locale);
        return out.toByteArray();
    }

    void write(TableFormat format, OutputStream out, FigureView view, Locale locale) {
        List<List<String>> header = header(view, locale);
        List<List<String>> rows = rows(view, locale);
        if (format == TableFormat.CSV) {
            try (CsvExport csv = new CsvExport(out)) {
                header.forEach(csv::line);
                rows.forEach(csv::line);
            }
        } else {
            try (XlsxExport xlsx = new XlsxExport(out, text("reporting.figure." + view.figure().name() + ".name", locale))) {
                header.forEach(xlsx::line);
                rows.forEach(row -> xlsx.line(row, COUNT));
            }
        }
    }

    private List<List<String>> header(FigureView view, Locale locale) {
        Glossary.Entry entry = glossary.entry(view.figure(), locale);
        return List.of(List.of(entry.name()),
                List.of(text("reporting.export.definition", locale), entry.definition()),
                List.of(text("reporting.export.source", locale), entry.source()),
                List.of(text("reporting.export.filter", locale), view.filterText()),
                List.of(text("reporting.export.by", locale), text("reporting.dimension." + view.by().name(), locale)),
                List.of(),
                List.of(text("reporting.dimension." + view.by().name(), locale), text("reporting.export.code", locale),
                        text("reporting.table.count", locale)));
    }

    private List<List<String>> rows(FigureView view, Locale locale) {
        String hidden = text("reporting.cell.hidden", locale);
        List<List<String>> rows = new ArrayList<>();
        view.rows().forEach(r -> rows.add(List.of(r.label(), r.key(), r.hidden() ? hidden : Long.toString(r.count()))));
        rows.add(List.of(text("reporting.table.total", locale), "", view.totalHidden() ? hidden : Long.toString(view.total())));
        return rows;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
