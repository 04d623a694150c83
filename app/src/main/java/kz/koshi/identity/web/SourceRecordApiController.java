package kz.koshi.identity.web;

import java.util.List;
import java.util.Objects;

import kz.koshi.identity.FeedImport;
import kz.koshi.identity.FeedOwnership;
import kz.koshi.identity.FeedImportJob;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.IntakeResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/identity/records")
@Tag(name = "Identity", description = "Person records from agency feeds")
@PreAuthorize("hasAuthority('SCOPE_identity:write')")
class SourceRecordApiController {

    private final IdentityResolution resolution;
    private final FeedImport feeds;
    private final FeedOwnership ownership;

    SourceRecordApiController(IdentityResolution resolution, FeedImport feeds, FeedOwnership ownership) {
        this.resolution = resolution;
        this.feeds = feeds;
        this.ownership = ownership;
    }

    @PostMapping
    @Operation(summary = "Receive one source record and resolve it to a person at once "
            + "(201 when stored, 200 when it was already received)")
    ResponseEntity<IntakeResult> receive(@Valid @RequestBody IncomingRecord record) {
        ownership.requireOwned(List.of(record.source()));
        IntakeResult result = IntakeResult.resolved(record, resolution.resolve(record));
        HttpStatus status = result.outcome() == IntakeResult.Outcome.STORED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }

    @PostMapping("/batch")
    @Operation(summary = "Receive and resolve up to 10,000 source records; every record is reported, "
            + "rejected ones with the fields at fault")
    List<IntakeResult> receiveBatch(@RequestBody @Size(min = 1, max = 10_000) List<IncomingRecord> batch) {
        ownership.requireOwned(batch.stream().filter(Objects::nonNull).map(IncomingRecord::source).toList());
        return resolution.receive(batch);
    }

    @PostMapping(path = "/csv", consumes = "text/csv")
    @Operation(summary = "Import a feed file in the CSV layout of the link command: answered at once (202) with the import "
            + "job, which registers the rows in chunks; follow it at the Location given (GET /api/v1/identity/imports/{id})")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "text/csv", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    ResponseEntity<FeedImportJob> importCsv(jakarta.servlet.http.HttpServletRequest request,
                                            @org.springframework.web.bind.annotation.RequestParam(required = false) String source)
            throws java.io.IOException {
        FeedImportJob job = feeds.submit(request.getInputStream(), source);
        return ResponseEntity.accepted().location(java.net.URI.create("/api/v1/identity/imports/" + job.id())).body(job);
    }
}
