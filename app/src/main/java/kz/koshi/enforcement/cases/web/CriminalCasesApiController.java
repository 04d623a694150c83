package kz.koshi.enforcement.cases.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.enforcement.cases.CaseFile;
import kz.koshi.enforcement.cases.CaseFilter;
import kz.koshi.enforcement.cases.CaseSummary;
import kz.koshi.enforcement.cases.CriminalCases;
import kz.koshi.enforcement.cases.NewCriminalCase;
import kz.koshi.enforcement.cases.StageChange;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of criminal cases for the police's and the prosecutor's systems (scope {@code enforcement:cases}). */
@RestController
@RequestMapping("/api/v1/enforcement/cases")
@Tag(name = "Criminal cases", description = "The register of criminal cases under the trafficking-related articles")
class CriminalCasesApiController {

    private final CriminalCases cases;

    CriminalCasesApiController(CriminalCases cases) {
        this.cases = cases;
    }

    @PostMapping
    @Operation(summary = "Register a case: article, stage, region, days, suspects (registry number or IIN; BIN), protection case numbers")
    ResponseEntity<Map<String, Long>> register(@Valid @RequestBody NewCriminalCase c) {
        long id = cases.register(c);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    @Operation(summary = "The register, newest first (at most 500), filtered by article, stage, region and year opened; no names")
    List<CaseSummary> list(@RequestParam(required = false) String article, @RequestParam(required = false) String stage,
                           @RequestParam(required = false) String region, @RequestParam(required = false) String year) {
        CaseFilter filter = CaseFilter.of(article, stage, region, year);
        if (stage != null && !stage.isBlank() && filter.stage() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "stage", "enforcement.case.filter-invalid");
        }
        if (year != null && !year.isBlank() && filter.year() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "year", "enforcement.case.filter-invalid");
        }
        return cases.list(filter);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its stages, suspects (names from the registry) and protection case numbers; audited")
    CaseFile read(@PathVariable long id) {
        return cases.read(id);
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move the case on to its next stage, with the day it did")
    ResponseEntity<Void> changeStage(@PathVariable long id, @Valid @RequestBody StageChange change) {
        cases.changeStage(id, change);
        return ResponseEntity.noContent().build();
    }
}
