package kz.koshi.reporting.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no script, no inline style: the platform's content security
 * policy allows neither): one bar per row, its name at the left, its count at the bar's end, a hidden cell marked
 * without a bar. The geometry is worked out here; the template only places it.
 */
record BarChart(String id, int width, int height, List<Bar> bars) {

    static final int WIDTH = 760;
    static final int LABELS = 280;
    static final int BARS = 400;
    static final int ROW = 26;
    static final int BAR = 18;
    static final int TOP = 6;

    /** One bar: its row, the top of its row, its length (0 when hidden) and where the number is written. */
    record Bar(TableRow row, int y, int length, int textX, int textY, int labelX) {
    }

    static BarChart of(String id, List<TableRow> rows) {
        long max = rows.stream().filter(r -> !r.hidden()).mapToLong(TableRow::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            int y = TOP + i * ROW;
            int length = row.hidden() || max == 0 ? 0 : (int) Math.max(row.count() > 0 ? 2 : 0, Math.round((double) BARS * row.count() / max));
            bars.add(new Bar(row, y, length, LABELS + length + 6, y + BAR - 4, LABELS - 8));
        }
        return new BarChart(id, WIDTH, TOP * 2 + Math.max(1, rows.size()) * ROW, List.copyOf(bars));
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int barX() {
        return LABELS;
    }

    public int barHeight() {
        return BAR;
    }
}
