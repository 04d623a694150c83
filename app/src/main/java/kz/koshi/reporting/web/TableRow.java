package kz.koshi.reporting.web;

/**
 * One row of a figure's table as shown: the cell's key and its name, its count (or null when the cell is hidden) and
 * where a click leads (the next breakdown narrowed to this cell; null when there is none).
 */
record TableRow(String key, String label, Long count, String drill) {

    public boolean hidden() {
        return count == null;
    }
}
