package kz.koshi.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail")
class AuditApiController {

    private final AuditLog log;
    private final AuditReasons reasons;

    AuditApiController(AuditLog log, AuditReasons reasons) {
        this.log = log;
        this.reasons = reasons;
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain and report the first broken link, if any")
    ChainVerification verify() {
        return log.verify();
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries, newest first, with optional filters; reasons in the caller's language (Accept-Language) with their key and arguments")
    AuditApiEntry.Page entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String agency,
                          @RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
                          @RequestParam(required = false) String subjectId, @RequestParam(required = false) AuditOutcome outcome,
                          @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return AuditApiEntry.of(log.search(new AuditFilter(actor, agency, action, subjectType, subjectId, outcome, from, to), page, size), reasons);
    }
}
