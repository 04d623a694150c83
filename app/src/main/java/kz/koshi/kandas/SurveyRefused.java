package kz.koshi.kandas;

import java.util.List;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** A step's answers refused, with every field at fault (the form shows them all at once, keeping what was typed). */
public class SurveyRefused extends DomainProblem {

    /** A field ({@code members[2].birthDate}) and the message key that says what is wrong with it. */
    public record FieldProblem(String field, String key) {
    }

    private final List<FieldProblem> problems;

    SurveyRefused(List<FieldProblem> problems) {
        super(ProblemType.VALIDATION, problems.getFirst().field(), problems.getFirst().key());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
