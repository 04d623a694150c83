package kz.koshi.stay;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The violations found in a month by source (the rules, raids and inspections), for stay's readers: counts only. */
@RestController
@Tag(name = "Stay")
class FindingsApiController {

    private final InspectionFindings findings;

    FindingsApiController(InspectionFindings findings) {
        this.findings = findings;
    }

    @GetMapping("/api/v1/stay/violations/found")
    @Operation(summary = "How many violations were found in a month (month=2026-05), by source: RULES and RAID")
    Map<ViolationSource, Long> found(@RequestParam(required = false) String month) {
        return findings.foundIn(month);
    }
}
