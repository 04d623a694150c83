package kz.koshi.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** {@link FigureQueries} over every {@link FigureSource}: each figure to the one source that counts it. */
@Component
class FigureBook implements FigureQueries {

    private final Map<Figure, FigureSource> sources = new EnumMap<>(Figure.class);

    FigureBook(List<FigureSource> all) {
        for (FigureSource source : all) {
            for (Figure figure : source.figures()) {
                if (sources.putIfAbsent(figure, source) != null) {
                    throw new IllegalStateException("Two sources count " + figure);
                }
            }
        }
    }

    @Override
    public Set<Dimension> dimensions(Figure figure) {
        return source(figure).dimensions(figure);
    }

    @Override
    public Set<String> filters(Figure figure) {
        return source(figure).filters(figure);
    }

    @Override
    public FigureTable count(Figure figure, Dimension by, ReportFilter filter) {
        FigureSource source = source(figure);
        if (!source.dimensions(figure).contains(by)) {
            throw new DomainProblem(ProblemType.VALIDATION, "by", "reporting.dimension.not-carried");
        }
        return source.count(figure, by, filter);
    }

    private FigureSource source(Figure figure) {
        FigureSource source = sources.get(figure);
        if (source == null) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "figure", "reporting.figure.not-counted");
        }
        return source;
    }
}
