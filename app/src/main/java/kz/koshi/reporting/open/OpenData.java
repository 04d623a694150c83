package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import kz.koshi.reporting.Disclosure;
import kz.koshi.reporting.FigureQueries;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Service;

/**
 * Open data (issue 17): counts only, no personal data, for anyone. Only closed calendar years are published, each as
 * one suppressed set, so that an edition never changes under a reader who kept the last one (an open year would be
 * republished month by month, and two editions differenced). An edition is made once a day (Astana) and kept.
 */
@Service
public class OpenData {

    /** How many closed years the page offers. */
    static final int YEARS = 5;

    private final FigureQueries figures;
    private final Disclosure disclosure;
    private final KazakhstanCalendar calendar;
    private final Map<Integer, Edition> editions = new ConcurrentHashMap<>();

    OpenData(FigureQueries figures, Disclosure disclosure, KazakhstanCalendar calendar) {
        this.figures = figures;
        this.disclosure = disclosure;
        this.calendar = calendar;
    }

    /** The breakdowns the files carry (each figure by those of them it is counted by). */
    public static List<kz.koshi.reporting.Dimension> dimensions() {
        return OpenDataSet.DIMENSIONS;
    }

    /** The figures the files carry: those a source counts. */
    public List<kz.koshi.reporting.Figure> figures() {
        return java.util.Arrays.stream(kz.koshi.reporting.Figure.values())
                .filter(f -> !OpenDataSet.carried(figures, f).isEmpty()).toList();
    }

    /** The closed years published, the latest first. */
    public List<Integer> years() {
        int last = calendar.today().getYear() - 1;
        return IntStream.range(0, YEARS).mapToObj(i -> last - i).toList();
    }

    /** The edition of {@code year} (a year not offered is not found). */
    public Edition edition(String year) {
        Integer chosen = years().stream().filter(y -> String.valueOf(y).equals(year)).findFirst()
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "year", "reporting.open-data.year.unknown"));
        LocalDate today = calendar.today();
        Edition edition = editions.compute(chosen, (y, kept) -> kept != null && kept.made().equals(today) ? kept
                : new Edition(y, today, disclosure.publish(OpenDataSet.tables(figures, y))));
        return edition;
    }
}
