package kz.koshi.reporting.open;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.open.suppression.Counts;
import kz.koshi.reporting.open.suppression.Sum;

/**
 * The tables of one publication as the suppression engine sees them: each distinct count once, each table's cells
 * summing to its total, and each period's count summing the counts of the periods that make it up.
 */
final class PublicationCounts {

    private final CountIndex index = new CountIndex();
    private final List<Sum> sums = new ArrayList<>();
    private final List<int[]> cellNumbers = new ArrayList<>();
    private final List<Integer> totalNumbers = new ArrayList<>();

    PublicationCounts(List<FigureTable> tables) {
        for (int t = 0; t < tables.size(); t++) {
            place(t, tables.get(t));
        }
        sums.addAll(PeriodSums.of(index.keys()));
    }

    private void place(int t, FigureTable table) {
        int total = index.number(TablePlacement.total(table), table.total(), t + ":total");
        int[] cells = new int[table.cells().size()];
        for (int c = 0; c < cells.length; c++) {
            Cell cell = table.cells().get(c);
            cells[c] = index.number(TablePlacement.cell(table, cell), cell.count(), t + ":" + cell.key());
        }
        if (!(cells.length == 1 && cells[0] == total)) {
            sums.add(new Sum(total, cells));
        }
        cellNumbers.add(cells);
        totalNumbers.add(total);
    }

    Counts counts() {
        return new Counts(index.values(), sums);
    }

    int cell(int table, int cell) {
        return cellNumbers.get(table)[cell];
    }

    int total(int table) {
        return totalNumbers.get(table);
    }
}
