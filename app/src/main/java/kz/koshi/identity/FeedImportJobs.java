package kz.koshi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.registry.FeedImportRepository.Chunk;
import kz.koshi.identity.registry.FeedImportRepository.Rejection;
import kz.koshi.identity.registry.FeedImportRepository;
import kz.koshi.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs feed import jobs in chunks of {@value #CHUNK} rows, each chunk one transaction that holds the resolution
 * turn only for itself, so crossings and single records are resolved between chunks. A chunk registers its good
 * rows, records its rejected ones and moves the job's position in the same transaction: after a crash the job
 * resumes at the first row not yet done, and counts nothing twice.
 */
@Component
class FeedImportJobs {

    static final int CHUNK = 250;

    private static final Logger log = LoggerFactory.getLogger(FeedImportJobs.class);

    private final IdentityResolution resolution;
    private final RecordCheck check;
    private final FeedImportRepository jobs;
    private final AuditTrail audit;
    private final Clock clock;

    FeedImportJobs(IdentityResolution resolution, RecordCheck check, FeedImportRepository jobs, AuditTrail audit, Clock clock) {
        this.resolution = resolution;
        this.check = check;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** A job for the file, queued; the caller has read it whole ({@link FeedFile#parse}), so one that cannot be read leaves nothing behind. */
    @Transactional
    public long queue(String content, FeedFile file, String defaultSource) {
        long id = jobs.create(defaultSource, CurrentActor.name(), CurrentActor.agencyCode(), clock.instant(), file.lines().size(),
                file.unknownColumns(), content);
        audit.record(AuditEvent.success("FEED_IMPORT_QUEUED", "feed_import", id).because(AuditReason.of("rows-queued", ReasonArg.number(file.lines().size()))));
        return id;
    }

    /** Runs the job from where it stands to the end; false if another runner took it over meanwhile. */
    boolean run(long id) {
        if (!jobs.start(id)) {
            return false;
        }
        FeedImportRepository.Job job = jobs.find(id).orElseThrow();
        java.util.Optional<String> content = jobs.content(id);
        if (content.isEmpty()) {
            return false;   // another runner finished it meanwhile
        }
        FeedFile file = FeedFile.parse(content.get(), job.defaultSource());
        Map<ResolutionOutcome, Long> outcomes = outcomes(job.outcomes());
        for (int from = (int) job.rowsDone(); from < file.lines().size(); from += CHUNK) {
            if (!chunk(id, from, file.lines().subList(from, Math.min(file.lines().size(), from + CHUNK)), outcomes)) {
                return false;
            }
        }
        finish(id, ImportState.DONE);
        return true;
    }

    /** Ends a job that broke off with an error: its chunks so far stay, a re-upload of the file completes it. */
    void fail(long id, RuntimeException cause) {
        log.warn("Feed import {} failed: {}", id, cause.getClass().getSimpleName());
        finish(id, ImportState.FAILED);
    }

    private void finish(long id, ImportState state) {
        if (!jobs.finish(id, state.name(), clock.instant())) {
            return;
        }
        FeedImportRepository.Job job = jobs.find(id).orElseThrow();
        audit.record(AuditEvent.success("FEED_IMPORTED", "feed_import", id).because(AuditReason.of("feed-imported",
                ReasonArg.label("identity.import.state.", state), ReasonArg.number(job.rowsDone()), ReasonArg.number(job.stored()),
                ReasonArg.number(job.rejected()))));
    }

    private boolean chunk(long id, long from, List<FeedFile.Line> lines, Map<ResolutionOutcome, Long> outcomes) {
        List<IncomingRecord> good = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        long malformed = 0;
        for (FeedFile.Line line : lines) {
            malformed += line.row().malformedDate() ? 1 : 0;
            List<String> problems = check.problemsOf(line.row().record());
            if (problems.isEmpty()) {
                good.add(line.row().record());
            } else {
                rejected.add(new Rejection(line.number(), line.row().record().recordId(), String.join(",", problems)));
            }
        }
        long bad = malformed;
        return resolution.importChunk(good, results -> {
            results.forEach(r -> outcomes.merge(r.outcome(), 1L, Long::sum));
            long duplicates = results.stream().filter(r -> r.outcome() == ResolutionOutcome.ALREADY_RECEIVED).count();
            return jobs.advance(id, from, new Chunk(lines.size(), results.size() - duplicates, duplicates, rejected.size(), bad,
                    format(outcomes)), rejected);
        });
    }

    static Map<ResolutionOutcome, Long> outcomes(String stored) {
        Map<ResolutionOutcome, Long> outcomes = new EnumMap<>(ResolutionOutcome.class);
        Arrays.stream(stored.split(";")).filter(s -> s.contains("=")).map(s -> s.split("="))
                .forEach(kv -> outcomes.put(ResolutionOutcome.valueOf(kv[0]), Long.parseLong(kv[1])));
        return outcomes;
    }

    private static String format(Map<ResolutionOutcome, Long> outcomes) {
        return outcomes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}
