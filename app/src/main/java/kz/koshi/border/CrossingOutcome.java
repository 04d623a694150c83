package kz.koshi.border;

import java.util.List;

import kz.koshi.shared.web.Problems.FieldError;

/** What became of one crossing of a batch: recorded, refused for its fields (message keys), or received before. */
public sealed interface CrossingOutcome {

    record Recorded(CrossingReceipt receipt) implements CrossingOutcome {
    }

    record Rejected(List<FieldError> problems) implements CrossingOutcome {
    }

    record Duplicate() implements CrossingOutcome {
    }
}
