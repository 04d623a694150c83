package kz.koshi.recruitment.placement;

import java.util.List;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/** A placement refused for one or more reasons, each against its field; nothing of it was stored. */
public class PlacementRefusedProblem extends DomainProblem {

    private final transient List<Refusal> refusals;

    PlacementRefusedProblem(List<Refusal> refusals) {
        super(ProblemType.RULE_VIOLATION, refusals.get(0).field(), refusals.get(0).message());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
