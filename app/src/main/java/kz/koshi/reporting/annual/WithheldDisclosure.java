package kz.koshi.reporting.annual;

import java.util.List;
import java.util.stream.Collectors;

import kz.koshi.reporting.Cell;
import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.PublishedTable;

/**
 * Where no {@link Disclosure} is deployed, the protection tables are withheld whole (every cell and total hidden):
 * a report that cannot be made safe for publication says nothing rather than something exact.
 */
final class WithheldDisclosure implements Disclosure {

    @Override
    public List<PublishedTable> publish(List<FigureTable> tables) {
        return tables.stream().map(t -> new PublishedTable(t, t.cells().stream().map(Cell::key).collect(Collectors.toSet()), true)).toList();
    }
}
