package kz.koshi.reporting.web;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.Panel;
import kz.koshi.reporting.PublishedTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The protection panel's tables pass {@link Disclosure} for every reader (small counts of victims are never shown), as
 * one set: the tables a page shows together are suppressed together. Should no Disclosure be installed, every
 * protection cell and total is hidden: a missing safeguard shows nothing rather than everything.
 */
@Component
class SafeTables {

    private final ObjectProvider<Disclosure> disclosure;

    SafeTables(ObjectProvider<Disclosure> disclosure) {
        this.disclosure = disclosure;
    }

    List<ShownFigure> published(Panel panel, List<ShownFigure> shown) {
        if (panel != Panel.PROTECTION) {
            return shown;
        }
        List<FigureTable> tables = shown.stream().filter(ShownFigure::shown).map(s -> s.table().table()).toList();
        List<PublishedTable> published = publish(tables);
        List<ShownFigure> safe = new ArrayList<>();
        int next = 0;
        for (ShownFigure figure : shown) {
            safe.add(figure.shown() ? new ShownFigure(figure.figure(), figure.by(), published.get(next++), true, figure.notCarried()) : figure);
        }
        return safe;
    }

    private List<PublishedTable> publish(List<FigureTable> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        Disclosure installed = disclosure.getIfAvailable();
        if (installed == null) {
            return tables.stream().map(t -> new PublishedTable(t, t.cells().stream().map(c -> c.key()).collect(
                    java.util.stream.Collectors.toSet()), true)).toList();
        }
        return installed.publish(tables);
    }
}
