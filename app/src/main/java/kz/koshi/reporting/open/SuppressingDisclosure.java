package kz.koshi.reporting.open;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.PublishedTable;
import kz.koshi.reporting.open.suppression.Suppression;
import org.springframework.stereotype.Component;

/**
 * The {@link Disclosure}: the tables of a publication become one set of counts tied by sums (a table and its total;
 * the same figure by several dimensions sharing one total; a filter and the cell it equals; months and the year), and
 * the engine hides every count of 1-4 and what else an attacker could recover it from.
 */
@Component
class SuppressingDisclosure implements Disclosure {

    @Override
    public List<PublishedTable> publish(List<FigureTable> tables) {
        PublicationCounts counts = new PublicationCounts(tables);
        BitSet hidden = Suppression.hide(counts.counts());
        List<PublishedTable> published = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            FigureTable table = tables.get(t);
            Set<String> keys = new HashSet<>();
            for (int c = 0; c < table.cells().size(); c++) {
                if (hidden.get(counts.cell(t, c))) {
                    keys.add(table.cells().get(c).key());
                }
            }
            published.add(new PublishedTable(table, keys, hidden.get(counts.total(t))));
        }
        return published;
    }
}
