package kz.koshi.feeds;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.FeedOwnership;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.IntakeResult;
import kz.koshi.shared.DomainProblem;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * An agency's source records: each record is one record in the JSON of {@code POST /api/v1/identity/records}. The
 * feed's agency must own the record's source (as a token's agency must; otherwise 403 on {@code source}, audited), then
 * the records are resolved through {@link IdentityResolution#receive}, in order. {@code (source, record id)} is the
 * once-only key: a record received before is answered DUPLICATE and stored once.
 */
class SourceRecordFeed implements FeedHandler {

    private final IdentityResolution resolution;
    private final FeedOwnership ownership;
    private final FeedJson json;
    private final FeedProblems problems;

    SourceRecordFeed(IdentityResolution resolution, FeedOwnership ownership, FeedJson json, FeedProblems problems) {
        this.resolution = resolution;
        this.ownership = ownership;
        this.json = json;
        this.problems = problems;
    }

    @Override
    public FeedKind kind() {
        return FeedKind.SOURCE_RECORDS;
    }

    @Override
    public List<DeadLetter> take(List<ConsumerRecord<byte[], byte[]>> records) {
        List<DeadLetter> dead = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            FeedJson.Read<IncomingRecord> read = json.read(record.value(), IncomingRecord.class, "source record");
            if (read.problem() != null) {
                dead.add(new DeadLetter(record, read.problem()));
                continue;
            }
            try {
                ownership.requireOwned(java.util.Collections.singletonList(read.value().source()));
            } catch (DomainProblem notOwned) {
                dead.add(new DeadLetter(record, problems.of(notOwned)));
                continue;
            }
            IntakeResult result = resolution.receive(List.of(read.value())).getFirst();
            if (result.outcome() == IntakeResult.Outcome.REJECTED) {
                dead.add(new DeadLetter(record, problems.invalidFields(result.problems())));
            }
        }
        return dead;
    }
}
