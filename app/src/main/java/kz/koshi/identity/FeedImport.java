package kz.koshi.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kz.koshi.identity.registry.FeedImportRepository;
import kz.koshi.shared.CurrentActor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports an agency feed file (the CSV layout of {@code link}: record_id, source, surname, given_name, ...) as a
 * job that runs in chunks ({@link FeedImportJobs}): an upload is answered at once with the job, whose progress the
 * uploader follows; a job a stop of the platform broke off resumes when it starts again. Re-uploading a file is
 * harmless: rows received before are counted as such, never stored twice.
 */
@Service
public class FeedImport {

    private final FeedImportJobs jobs;
    private final FeedImportRepository stored;
    private final FeedOwnership ownership;

    FeedImport(FeedImportJobs jobs, FeedImportRepository stored, FeedOwnership ownership) {
        this.jobs = jobs;
        this.stored = stored;
        this.ownership = ownership;
    }

    /** An upload: the file is read whole and queued, the job runs in the background as the uploader. */
    @PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER') or hasAuthority('SCOPE_identity:write')")
    public FeedImportJob submit(InputStream csv, String defaultSource) {
        String content = read(csv);
        long id = jobs.queue(content, owned(content, defaultSource), defaultSource);
        Thread.ofVirtual().name("feed-import-" + id)
                .start(DelegatingSecurityContextRunnable.create(() -> inBackground(id), SecurityContextHolder.getContext()));
        return view(id);
    }

    /** The whole import in the caller's thread, for callers that wait for the report (chunks all the same). */
    @PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER') or hasAuthority('SCOPE_identity:write')")
    public ImportReport importCsv(InputStream csv, String defaultSource) {
        String content = read(csv);
        return importNow(content, owned(content, defaultSource), defaultSource);
    }

    /** For the platform itself (the demo data loader): no caller to authorise, every source allowed. */
    public ImportReport importTrusted(InputStream csv, String defaultSource) {
        String content = read(csv);
        return importNow(content, FeedFile.parse(content, defaultSource), defaultSource);
    }

    private ImportReport importNow(String content, FeedFile file, String defaultSource) {
        long id = jobs.queue(content, file, defaultSource);
        runOrFail(id);
        return view(id).report();
    }

    /**
     * An agency writes only as itself: every row's source (and the default) must be one its agency owns, or the
     * whole file is refused (403 on {@code source}, audited) before a job exists, so nothing of it is stored.
     */
    private FeedFile owned(String content, String defaultSource) {
        FeedFile file = FeedFile.parse(content, defaultSource);
        Set<String> sources = new HashSet<>();
        file.lines().forEach(line -> sources.add(line.row().record().source()));
        sources.add(defaultSource);
        ownership.requireOwned(sources);
        return file;
    }

    /** A job of the caller's own agency; another agency's job is not found. */
    @PreAuthorize("hasAnyRole('MIGRATION_OFFICER', 'BORDER_OFFICER') or hasAuthority('SCOPE_identity:write')")
    public Optional<FeedImportJob> job(long id) {
        return stored.find(id).filter(j -> Objects.equals(j.agencyCode(), CurrentActor.agencyCode())).map(j -> view(j.id()));
    }

    /** Jobs a stop of the platform broke off go on where they stopped, as the platform itself. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        stored.unfinished().forEach(id -> Thread.ofVirtual().name("feed-import-" + id).start(() -> inBackground(id)));
    }

    /** The job's failure is on record (state FAILED, logged without the file's contents); nothing to rethrow to. */
    private void inBackground(long id) {
        try {
            runOrFail(id);
        } catch (RuntimeException recorded) {
            // recorded by runOrFail
        }
    }

    private void runOrFail(long id) {
        try {
            jobs.run(id);
        } catch (RuntimeException e) {
            jobs.fail(id, e);
            throw e;
        }
    }

    private FeedImportJob view(long id) {
        FeedImportRepository.Job j = stored.find(id).orElseThrow();
        List<ImportReport.RejectedRow> rejected = stored.rejections(id).stream()
                .map(r -> new ImportReport.RejectedRow(r.line(), r.recordId(), Arrays.asList(r.fields().split(",")))).toList();
        ImportReport report = new ImportReport(j.rowsDone(), j.stored(), j.duplicates(), rejected, j.malformedDates(),
                j.unknownColumns(), FeedImportJobs.outcomes(j.outcomes()));
        return new FeedImportJob(id, ImportState.valueOf(j.state()), j.defaultSource(), j.uploadedAt(), j.finishedAt(),
                j.rowsTotal(), j.rowsDone(), report);
    }

    private static String read(InputStream csv) {
        try {
            return new String(csv.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
