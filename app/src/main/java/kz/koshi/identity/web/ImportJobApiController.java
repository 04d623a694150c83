package kz.koshi.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.identity.FeedImport;
import kz.koshi.identity.FeedImportJob;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/imports")
@Tag(name = "Identity", description = "Person records from agency feeds")
@PreAuthorize("hasAuthority('SCOPE_identity:write')")
class ImportJobApiController {

    private final FeedImport feeds;

    ImportJobApiController(FeedImport feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A feed import job of the caller's agency: state (QUEUED, RUNNING, DONE, FAILED), rows done of rows "
            + "total and the report so far, every rejected row with its fields")
    FeedImportJob job(@PathVariable long id) {
        return feeds.job(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.import.not-found"));
    }
}
