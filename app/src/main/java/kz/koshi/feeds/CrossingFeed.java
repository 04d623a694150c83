package kz.koshi.feeds;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.border.CrossingIntake;
import kz.koshi.border.CrossingOutcome;
import kz.koshi.border.CrossingRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A border post's crossings: each record is one crossing in the JSON of {@code POST /api/v1/crossings}, checked as
 * the batch API checks its items, then recorded through {@link CrossingIntake#recordBatch} (channel {@code KAFKA})
 * in chunks, in the order received. A crossing received before is a duplicate: stored once, nothing to answer.
 */
class CrossingFeed implements FeedHandler {

    static final String CHANNEL = "KAFKA";

    private final CrossingIntake intake;
    private final FeedJson json;
    private final FeedProblems problems;
    private final int chunk;

    CrossingFeed(CrossingIntake intake, FeedJson json, FeedProblems problems, int chunk) {
        this.intake = intake;
        this.json = json;
        this.problems = problems;
        this.chunk = chunk;
    }

    @Override
    public FeedKind kind() {
        return FeedKind.CROSSINGS;
    }

    @Override
    public List<DeadLetter> take(List<ConsumerRecord<byte[], byte[]>> records) {
        List<DeadLetter> dead = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> accepted = new ArrayList<>();
        List<CrossingRequest> crossings = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            FeedJson.Read<CrossingRequest> read = json.read(record.value(), CrossingRequest.class, "crossing");
            var problem = read.problem() != null ? read.problem() : problems.ofCrossing(read.value());
            if (problem != null) {
                dead.add(new DeadLetter(record, problem));
            } else {
                accepted.add(record);
                crossings.add(read.value());
            }
        }
        for (int from = 0; from < crossings.size(); from += chunk) {
            int to = Math.min(crossings.size(), from + chunk);
            List<CrossingOutcome> outcomes = intake.recordBatch(crossings.subList(from, to), CHANNEL);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof CrossingOutcome.Rejected rejected) {
                    dead.add(new DeadLetter(accepted.get(from + i), problems.refused("crossing", rejected.problems())));
                }
            }
        }
        return dead;
    }
}
