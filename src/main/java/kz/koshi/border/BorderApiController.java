package kz.koshi.border;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.KoshiPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/border")
@Tag(name = "Border reference, bans and alerts")
class BorderApiController {

    private final CheckpointRepository checkpoints;
    private final BorderRecords records;
    private final CrossingIntake intake;

    BorderApiController(CheckpointRepository checkpoints, BorderRecords records, CrossingIntake intake) {
        this.checkpoints = checkpoints;
        this.records = records;
        this.intake = intake;
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Checkpoints: code, name (ru, kk, en), region, kind (AIR, ROAD, RAIL)")
    List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    record NewBan(@NotBlank @Size(max = 24) String personNumber, @NotBlank @Pattern(regexp = "ENTRY_BAN|WATCH_LIST") String kind,
                  @NotBlank @Pattern(regexp = "COURT_EXPULSION|DEPORTATION|SEARCH|INVESTIGATION",
                          message = "must be COURT_EXPULSION, DEPORTATION, SEARCH or INVESTIGATION") String reason, @Size(max = 100) String basis,
                  @NotNull java.time.LocalDate validFrom, java.time.LocalDate validUntil) {
    }

    @PostMapping("/bans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('SCOPE_stay:write') or hasAuthority('SCOPE_crossings:write')")
    @Operation(summary = "Put a person under an entry ban or on the watch list (reason: COURT_EXPULSION, DEPORTATION, SEARCH or INVESTIGATION)")
    BanView ban(@Valid @RequestBody NewBan ban) {
        return records.imposeBan(ban.personNumber(), ban.kind(), ban.reason(), ban.basis(), ban.validFrom(), ban.validUntil());
    }

    @GetMapping("/persons/{personNumber}/bans")
    @PreAuthorize("hasAuthority('SCOPE_stay:read') or hasAuthority('SCOPE_cards:read')")
    List<BanView> bans(@PathVariable String personNumber) {
        return records.bansOf(personNumber);
    }

    record Decision(@NotBlank @Pattern(regexp = "ALLOW|STOP") String decision) {
    }

    @PostMapping("/alerts/{id}/decision")
    @Operation(summary = "Decide an open alert (ALLOW or STOP); the crossing completes or is refused when none is left open")
    CrossingReceipt decide(@PathVariable long id, @Valid @RequestBody Decision decision,
                           @AuthenticationPrincipal KoshiPrincipal principal) {
        return intake.decide(id, decision.decision().equals("ALLOW"), principal.actorName());
    }

    record Guardian(@NotBlank String childPersonNumber, @NotBlank String adultPersonNumber,
                    @NotBlank @Pattern(regexp = "PARENT|GUARDIAN") String relation) {
    }

    @PostMapping("/guardians")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a parent or legal guardian of a minor (civil registry, guardianship authority)")
    void guardian(@Valid @RequestBody Guardian guardian) {
        records.recordGuardian(guardian.childPersonNumber(), guardian.adultPersonNumber(), guardian.relation());
    }
}
