package kz.koshi.reporting.annual;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.naming.CellNames;
import org.springframework.stereotype.Component;

/** Puts a counted report into the reader's words: headings, captions, cell names, hidden cells and the notes. */
@Component
class ReportWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CellNames cells;

    ReportWording(CellNames cells) {
        this.cells = cells;
    }

    PrintedReport print(AnnualReport report, ReportWords words) {
        List<PrintedReport.Section> sections = new ArrayList<>();
        String empty = words.get("reporting.annual.section.empty");
        sections.add(new PrintedReport.Section(words.get("reporting.annual.summary"), List.of(summary(report, words)), empty));
        for (Panel panel : Panel.values()) {
            List<PrintedReport.Table> tables = report.sections().get(panel).stream().map(t -> table(t, report, words)).toList();
            sections.add(new PrintedReport.Section(words.get("reporting.panel." + panel.name()), tables, empty));
        }
        List<PrintedReport.Note> notes = report.totals().keySet().stream().map(f -> note(f, words)).toList();
        return new PrintedReport(words.locale().getLanguage(), words.get("reporting.annual.report-title"),
                words.get("reporting.annual.period", DAY.format(report.period().from()), DAY.format(report.period().to())),
                words.get("reporting.annual.generated", DAY.format(report.generatedOn())), sections, words.get("reporting.annual.notes"), notes,
                List.of(words.get("reporting.annual.suppressed.note"), words.get("reporting.annual.disclosure.note")));
    }

    private PrintedReport.Table summary(AnnualReport report, ReportWords words) {
        List<PrintedReport.Row> rows = report.totals().values().stream().map(t -> total(t, report, words)).toList();
        return new PrintedReport.Table(words.get("reporting.annual.summary.caption"), words.get("reporting.annual.figure"),
                words.get("reporting.annual.count"), rows);
    }

    private static PrintedReport.Row total(ReportTable table, AnnualReport report, ReportWords words) {
        String name = figureName(table.figure(), report, words);
        if (!table.counted()) {
            return PrintedReport.Row.said(name, words.get("reporting.annual.not-counted"), false);
        }
        PublishedTable published = table.published();
        return published.totalSuppressed() ? PrintedReport.Row.said(name, words.get("reporting.annual.suppressed"), false)
                : PrintedReport.Row.of(name, published.table().total(), false);
    }

    private PrintedReport.Table table(ReportTable table, AnnualReport report, ReportWords words) {
        PublishedTable published = table.published();
        List<PrintedReport.Row> rows = new ArrayList<>();
        for (Cell cell : published.table().cells()) {
            String label = cells.of(table.figure(), table.by(), cell.key(), words.locale());
            rows.add(published.suppressed(cell.key()) ? PrintedReport.Row.said(label, words.get("reporting.annual.suppressed"), false)
                    : PrintedReport.Row.of(label, cell.count(), false));
        }
        String total = words.get("reporting.annual.total");
        rows.add(published.totalSuppressed() ? PrintedReport.Row.said(total, words.get("reporting.annual.suppressed"), true)
                : PrintedReport.Row.of(total, published.table().total(), true));
        String caption = words.get("reporting.annual.by", figureName(table.figure(), report, words),
                words.get("reporting.dimension." + table.by().name()));
        return new PrintedReport.Table(caption, words.get("reporting.dimension." + table.by().name()), words.get("reporting.annual.count"), rows);
    }

    /** The figure's name; a stock's says the day it is counted on. */
    private static String figureName(Figure figure, AnnualReport report, ReportWords words) {
        String name = words.get("reporting.figure." + figure.name() + ".name");
        return figure.stock() ? words.get("reporting.annual.on-day", name, DAY.format(report.period().to())) : name;
    }

    private static PrintedReport.Note note(Figure figure, ReportWords words) {
        String missing = words.get("reporting.annual.no-definition");
        String definition = words.optional("reporting.figure." + figure.name() + ".definition");
        String source = words.optional("reporting.figure." + figure.name() + ".source");
        return new PrintedReport.Note(words.get("reporting.figure." + figure.name() + ".name"),
                words.get("reporting.annual.definition", definition == null ? missing : definition),
                words.get("reporting.annual.source", source == null ? missing : source));
    }
}
