package kz.koshi.reporting.annual;

import java.util.List;

/**
 * The report in the reader's words, ready to be laid out: the same content for the PDF and the workbook, so the two
 * cannot say different things. A count is a number, or null with the text that stands for it (hidden, not counted).
 */
record PrintedReport(String language, String title, String period, String generated, List<Section> sections,
                     String notesHeading, List<Note> notes, List<String> remarks) {

    /** A section's heading, its tables, and what it says when it has none. */
    record Section(String heading, List<Table> tables, String empty) {
    }

    record Table(String caption, String labelHeader, String countHeader, List<Row> rows) {
    }

    record Row(String label, Long count, String text, boolean total) {

        static Row of(String label, Long count, boolean total) {
            return new Row(label, count, null, total);
        }

        static Row said(String label, String text, boolean total) {
            return new Row(label, null, text, total);
        }
    }

    /** A figure's name, and its definition and source each already introduced by its label. */
    record Note(String figure, String definition, String source) {
    }
}
