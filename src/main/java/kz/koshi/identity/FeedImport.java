package kz.koshi.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.cli.CsvReader;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports an agency feed file (the CSV layout of {@code link}: record_id, source, surname, given_name, ...).
 * The whole file is one transaction: every good row is registered, or, if the import breaks off, none is.
 */
@Service
public class FeedImport {

    private final IdentityResolution resolution;
    private final RecordCheck check;
    private final AuditTrail audit;
    private final FeedOwnership ownership;

    FeedImport(IdentityResolution resolution, RecordCheck check, AuditTrail audit, FeedOwnership ownership) {
        this.resolution = resolution;
        this.check = check;
        this.audit = audit;
        this.ownership = ownership;
    }

    /**
     * An agency's upload: every row must come from a source the caller's agency owns, or the whole file is refused
     * (403 on {@code source}, audited) and nothing of it is stored.
     */
    @PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER') or hasAuthority('SCOPE_identity:write')")
    public ImportReport importCsv(InputStream csv, String defaultSource) {
        if (defaultSource != null) {
            ownership.requireOwned(List.of(defaultSource));
        }
        return importWith(csv, defaultSource, source -> ownership.requireOwned(List.of(source)));
    }

    /** For the platform itself (the demo data loader): no caller to authorise, every source allowed. */
    public ImportReport importTrusted(InputStream csv, String defaultSource) {
        return importWith(csv, defaultSource, source -> { });
    }

    private ImportReport importWith(InputStream csv, String defaultSource, Consumer<String> sourceCheck) {
        ImportReport report = resolution.importAll(resolver -> read(csv, defaultSource, sourceCheck, resolver));
        audit.record(AuditEvent.success("FEED_IMPORTED", "feed", defaultSource)
                .because(report.rows() + " rows, " + report.stored() + " stored, " + report.rejected().size() + " rejected"));
        return report;
    }

    private ImportReport read(InputStream csv, String defaultSource, Consumer<String> sourceCheck,
                              Function<IncomingRecord, PersonResolution> resolver) {
        try (CsvReader reader = new CsvReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            List<String> header = reader.next();
            if (header == null) {
                throw new DomainProblem(ProblemType.VALIDATION, "file", "identity.import.empty");
            }
            FeedColumns columns = FeedColumns.of(header);
            long rows = 0;
            long stored = 0;
            long duplicates = 0;
            long malformed = 0;
            List<ImportReport.RejectedRow> rejected = new ArrayList<>();
            Map<ResolutionOutcome, Long> outcomes = new EnumMap<>(ResolutionOutcome.class);
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows++;
                FeedColumns.Row parsed = columns.parse(row, defaultSource);
                malformed += parsed.malformedDate() ? 1 : 0;
                if (parsed.record().source() != null) {
                    sourceCheck.accept(parsed.record().source());
                }
                List<String> problems = check.problemsOf(parsed.record());
                if (!problems.isEmpty()) {
                    rejected.add(new ImportReport.RejectedRow(reader.line(), parsed.record().recordId(), problems));
                    continue;
                }
                PersonResolution result = resolver.apply(parsed.record());
                outcomes.merge(result.outcome(), 1L, Long::sum);
                if (result.outcome() == ResolutionOutcome.ALREADY_RECEIVED) {
                    duplicates++;
                } else {
                    stored++;
                }
            }
            return new ImportReport(rows, stored, duplicates, rejected, malformed, columns.unknown(), outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
