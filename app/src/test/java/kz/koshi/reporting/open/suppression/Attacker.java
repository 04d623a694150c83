package kz.koshi.reporting.open.suppression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.PublishedTable;

/**
 * The attacker: knows every number shown in every table and period of a publication, and models the people behind
 * them as the full cross-table month × region × sex × age group (a count of at least 0 in each of its cells), which is
 * more than the engine models. Each shown number is a linear equation over that cross-table; a hidden number is
 * bounded by linear programming (the {@link Simplex} is checked against brute force in SimplexTest).
 */
final class Attacker {

    /** One cell of the cross-table. */
    record Person(LocalDate day, String region, String sex, String age) {
    }

    private final List<Person> cells;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> constants = new ArrayList<>();

    Attacker(List<Person> crossTableCells, List<PublishedTable> published) {
        this.cells = crossTableCells;
        for (PublishedTable table : published) {
            if (!table.totalSuppressed()) {
                learn(in(table, null), table.table().total());
            }
            for (Cell cell : table.table().cells()) {
                if (!table.suppressed(cell.key())) {
                    learn(in(table, cell.key()), cell.count());
                }
            }
        }
    }

    /** What the attacker can say of a cell of {@code table} ({@code key} null: its total). */
    Interval bounds(PublishedTable table, String key) {
        double[] objective = indicator(in(table, key));
        double[][] a = rows.toArray(double[][]::new);
        double[] b = constants.stream().mapToDouble(Double::doubleValue).toArray();
        return Interval.of(Simplex.minimum(a, b, objective), Simplex.maximum(a, b, objective));
    }

    private void learn(Predicate<Person> which, long value) {
        rows.add(indicator(which));
        constants.add((double) value);
    }

    private double[] indicator(Predicate<Person> which) {
        double[] row = new double[cells.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = which.test(cells.get(i)) ? 1 : 0;
        }
        return row;
    }

    private static Predicate<Person> in(PublishedTable published, String key) {
        var table = published.table();
        Predicate<Person> period = p -> !p.day().isBefore(table.filter().from()) && !p.day().isAfter(table.filter().to());
        if (key == null) {
            return period;
        }
        return switch (table.by()) {
            case REGION -> period.and(p -> p.region().equals(key));
            case SEX -> period.and(p -> p.sex().equals(key));
            case AGE_GROUP -> period.and(p -> p.age().equals(key));
            case MONTH -> period.and(p -> p.day().toString().startsWith(key));
            case TOTAL -> period;
            default -> throw new IllegalArgumentException("The attacker does not model " + table.by());
        };
    }
}
