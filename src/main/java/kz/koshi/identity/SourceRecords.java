package kz.koshi.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Source records from agency feeds, kept exactly as received and idempotent per (source, record id).
 * Resolving them into persons is the identity engine's work.
 */
@Service
public class SourceRecords {

    private final JdbcClient jdbc;
    private final Validator validator;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    SourceRecords(JdbcClient jdbc, Validator validator, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores each valid record once; reports every record, rejected ones with the fields at fault. */
    @Transactional
    public List<IntakeResult> receive(List<IncomingRecord> records) {
        List<IntakeResult> results = new ArrayList<>(records.size());
        int stored = 0;
        for (IncomingRecord record : records) {
            IntakeResult result = receiveOne(record);
            stored += result.outcome() == IntakeResult.Outcome.STORED ? 1 : 0;
            results.add(result);
        }
        audit.record(AuditEvent.success("SOURCE_RECORDS_RECEIVED", "feed", null)
                .because(records.size() + " received, " + stored + " stored"));
        return results;
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from identity_source_record").query(Long.class).single();
    }

    private IntakeResult receiveOne(IncomingRecord record) {
        if (record == null) {
            return new IntakeResult(null, null, IntakeResult.Outcome.REJECTED, List.of("record"));
        }
        Set<ConstraintViolation<IncomingRecord>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            List<String> fields = violations.stream().map(v -> v.getPropertyPath().toString())
                    .map(p -> p.equals("named") ? "surname" : p).distinct().sorted().toList();
            return new IntakeResult(record.source(), record.recordId(), IntakeResult.Outcome.REJECTED, fields);
        }
        int inserted = jdbc.sql("""
                insert into identity_source_record (source, source_record_id, payload, received_at)
                select ?, ?, ?, ? where not exists (
                    select 1 from identity_source_record where source = ? and source_record_id = ?)""")
                .params(record.source(), record.recordId(), json.writeValueAsString(record),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), record.source(), record.recordId())
                .update();
        return new IntakeResult(record.source(), record.recordId(),
                inserted == 1 ? IntakeResult.Outcome.STORED : IntakeResult.Outcome.DUPLICATE, List.of());
    }
}
