package kz.koshi.recruitment.abroad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers not heard from after their contract ended: a placement whose contract ended at least
 * {@code koshi.recruitment.abroad.silence-days} days ago (for confirmation), no return on record (border entry,
 * consular deregistration, reported back) and no consular contact since the contract started. Counts only, per
 * placing agency: the one call the risk signal WORKER_NOT_HEARD_FROM needs. Callers authorise; this reads no person.
 */
@Component
public class WorkersNotHeardFrom {

    private final RegisterQueries queries;
    private final AbroadProperties properties;
    private final Clock clock;

    WorkersNotHeardFrom(RegisterQueries queries, AbroadProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /** Agency code to the number of its placed workers not heard from today. */
    @Transactional(readOnly = true)
    public Map<String, Long> perAgency() {
        return queries.notHeardFrom(LocalDate.now(clock).minusDays(properties.silenceDays()));
    }
}
