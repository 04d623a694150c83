package kz.koshi.protection.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.access.Colleague;
import kz.koshi.protection.CaseFile;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.CaseSummary;
import kz.koshi.protection.CaseSupervision;
import kz.koshi.protection.NewNote;
import kz.koshi.protection.NewParty;
import kz.koshi.protection.NewScreening;
import kz.koshi.protection.Reassignment;
import kz.koshi.protection.RecurringParty;
import kz.koshi.protection.ScreeningResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agency systems' access to protection cases, with the same rules as the screens: a token reads and
 * changes the cases its agency holds; every read is audited. Breaking the glass is for people only.
 */
@RestController
@RequestMapping("/api/v1/protection")
@Tag(name = "Protection: cases", description = "Screenings, cases, exports, parties and statistics")
class CaseApiController {

    private final CaseManagement cases;
    private final CaseSupervision supervision;
    private final StatisticsController statistics;

    CaseApiController(CaseManagement cases, CaseSupervision supervision, StatisticsController statistics) {
        this.statistics = statistics;
        this.cases = cases;
        this.supervision = supervision;
    }
    @PostMapping("/screenings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a screening; a presumed victim's case opens at once (reflection period for a foreigner, child protection for a child)")
    ScreeningResult screen(@Valid @RequestBody NewScreening screening) {
        return cases.screen(screening);
    }

    @GetMapping("/cases")
    @Operation(summary = "The cases the calling agency holds, with due dates and alerts (pseudonyms only)")
    List<CaseSummary> caseload() {
        return cases.caseload();
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case, if the calling agency holds it; the read is audited")
    CaseFile caseFile(@PathVariable long id) {
        return cases.caseFile(id);
    }

    @GetMapping("/cases/{id}/htcds")
    @Operation(summary = "The case in HTCDS 2.0 vocabulary, for authorised exchange; audited")
    Map<String, Object> export(@PathVariable long id) {
        return cases.htcdsExport(id);
    }

    @PostMapping("/cases/{id}/parties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name a trafficker, recruiter, employer or place in the case (persons resolved through the identity registry)")
    void party(@PathVariable long id, @Valid @RequestBody NewParty party) {
        cases.nameParty(id, party);
    }

    @GetMapping("/parties/recurring")
    @Operation(summary = "For investigators: persons, organisations and places named in more than one case, with regions and holding agencies")
    List<RecurringParty> recurring() {
        return cases.recurringParties();
    }

    @PostMapping("/cases/{id}/assignment")
    @Operation(summary = "Set the social workers on a case (reassign, add or remove) with a reason; the holding agency's own "
            + "system only (scope protection:supervise); audited and kept on the timeline")
    void assign(@PathVariable long id, @Valid @RequestBody Reassignment reassignment) {
        supervision.reassign(id, reassignment);
    }

    @GetMapping("/workers")
    @Operation(summary = "The calling agency's social workers (officer id and name), to whom its cases may be assigned")
    List<Colleague> workers() {
        return supervision.team();
    }

    @PostMapping("/cases/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a narrative note (encrypted at rest)")
    void note(@PathVariable long id, @Valid @RequestBody NewNote note) {
        cases.addNote(id, note);
    }

    @GetMapping("/statistics")
    @Operation(summary = "Moved: a permanent redirect (308) to /api/v1/reports/panels/PROTECTION for the year's period")
    org.springframework.http.ResponseEntity<Void> statistics(@RequestParam(required = false) String year) {
        return statistics.api(year);
    }
}
