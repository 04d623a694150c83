package kz.koshi.stay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.shared.KoshiPrincipal;
import kz.koshi.stay.rules.StayAssessment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stay")
@Tag(name = "Stay", description = "Registrations, permits, expulsions, status, violations, timeline")
class StayApiController {

    private final StayDesk desk;
    private final StayViews views;
    private final StayLedger ledger;
    private final DailySweep sweep;
    private final KnownPersons persons;
    private final RemovalSuspension suspension;

    StayApiController(StayDesk desk, StayViews views, StayLedger ledger, DailySweep sweep, KnownPersons persons,
                      RemovalSuspension suspension) {
        this.desk = desk;
        this.views = views;
        this.ledger = ledger;
        this.sweep = sweep;
        this.persons = persons;
        this.suspension = suspension;
    }

    @PostMapping("/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a registration by police, host, hotel or employer (or a victim's, M7)")
    Map<String, Long> register(@Valid @RequestBody StayCommands.NewRegistration r, @AuthenticationPrincipal KoshiPrincipal who) {
        return Map.of("registrationId", desk.register(r, who.actorName()));
    }

    @PostMapping("/permits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a permit, checked against L1-L4, L8, L9 (422 with the rule when refused)")
    Map<String, Long> permit(@Valid @RequestBody StayCommands.NewPermit p, @AuthenticationPrincipal KoshiPrincipal who) {
        return Map.of("permitId", desk.issuePermit(p, who.actorName()));
    }

    @PostMapping("/expulsions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a court expulsion order; it brings a 5-year entry ban (E3). Scope expulsions:write "
            + "(migration police only)")
    Map<String, Long> expulsion(@Valid @RequestBody StayCommands.NewExpulsion e, @AuthenticationPrincipal KoshiPrincipal who) {
        return Map.of("expulsionId", desk.recordExpulsion(e, who.actorName()));
    }

    @GetMapping("/persons/{personNumber}/status")
    @PreAuthorize(StayViews.READERS)
    @Operation(summary = "The rule engine's assessment on a date (default today): status, allowed stay, registration, "
            + "permits, total stay, violations; removalSuspended for the migration police and prosecutors only "
            + "(400 when not a person number, 404 when not in the registry)")
    StayStatusView status(@PathVariable String personNumber, @RequestParam(required = false) LocalDate on) {
        String person = persons.current(personNumber);
        StayAssessment a = on == null ? ledger.assessToday(person) : ledger.assess(person, on);
        return StayStatusView.of(a, suspension.forCaller(a.removalBlocked()));
    }

    @GetMapping("/persons/{personNumber}")
    @PreAuthorize(StayViews.READERS)
    @Operation(summary = "The person's stay file: registrations, permits, expulsions, violations and the timeline")
    StayViews.PersonFile file(@PathVariable String personNumber) {
        return views.file(persons.current(personNumber));
    }

    @GetMapping("/violations/statistics")
    @Operation(summary = "Violations counted by kind and sanction")
    List<ViolationRepository.Count> statistics() {
        return views.counts();
    }

    @PostMapping("/sweep")
    @Operation(summary = "Run the daily sweep now (scope stay:write, held by the migration police, labour ministry and "
            + "akimat systems; administrators run it from the stay page)")
    DailySweep.Result sweep() {
        return sweep.runNow();
    }
}
