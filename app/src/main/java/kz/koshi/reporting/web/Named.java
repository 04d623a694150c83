package kz.koshi.reporting.web;

import java.util.Arrays;
import java.util.Optional;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Panel;

/** A panel, figure or dimension named in an address or a query (any case); empty when there is none of that name. */
final class Named {

    private Named() {
    }

    static Optional<Panel> panel(String name) {
        return of(Panel.values(), name);
    }

    static Optional<Figure> figure(String name) {
        return of(Figure.values(), name);
    }

    static Optional<Dimension> dimension(String name) {
        return of(Dimension.values(), name);
    }

    private static <E extends Enum<E>> Optional<E> of(E[] values, String name) {
        return name == null || name.length() > 40 ? Optional.empty()
                : Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
