package kz.koshi.border;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
    private final BorderPersonFiles files;
    private final CrossingIntake intake;

    BorderApiController(CheckpointRepository checkpoints, BorderRecords records, BorderPersonFiles files, CrossingIntake intake) {
        this.checkpoints = checkpoints;
        this.records = records;
        this.files = files;
        this.intake = intake;
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Checkpoints: code, name (ru, kk, en), region, kind (AIR, ROAD, RAIL)")
    List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    @PostMapping("/bans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a person under an entry ban or on the watch list (reason: COURT_EXPULSION, DEPORTATION, SEARCH or INVESTIGATION); scope bans:write (border service, migration police)")
    BanView ban(@Valid @RequestBody BorderCommands.NewBan ban) {
        return records.imposeBan(ban);
    }

    @PostMapping("/bans/{id}/lifting")
    @Operation(summary = "Lift an entry ban or end a watch-list entry from a day on (basis required); the record is kept, audited; scope bans:write")
    BanView lift(@PathVariable long id, @Valid @RequestBody BorderCommands.BanLifting lifting) {
        return records.liftBan(id, lifting);
    }

    @GetMapping("/persons/{personNumber}/bans")
    @PreAuthorize("hasAuthority('SCOPE_stay:read') or hasAuthority('SCOPE_cards:read')")
    List<BanView> bans(@PathVariable String personNumber) {
        return files.bans(personNumber);
    }

    /** ALLOW lets a held crossing through for good and needs a reason; STOP may give one. */
    record Decision(@NotBlank @Pattern(regexp = "ALLOW|STOP") String decision, @Size(max = 400) String reason) {
    }

    @PostMapping("/alerts/{id}/decision")
    @Operation(summary = "Decide an open alert (ALLOW with a reason, or STOP); the crossing completes or is refused when none is left open")
    CrossingReceipt decide(@PathVariable long id, @Valid @RequestBody Decision decision,
                           @AuthenticationPrincipal KoshiPrincipal principal) {
        return intake.decide(id, decision.decision().equals("ALLOW"), decision.reason(), principal.actorName());
    }

    @PostMapping("/guardians")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a parent or legal guardian of a minor citizen (from the civil registry or a guardianship "
            + "authority's decision); scope guardians:write (border service, migration police)")
    void guardian(@Valid @RequestBody BorderCommands.NewGuardian guardian) {
        records.recordGuardian(guardian);
    }

    @GetMapping("/persons/{personNumber}/guardians")
    @PreAuthorize("hasAuthority('SCOPE_stay:read') or hasAuthority('SCOPE_cards:read')")
    @Operation(summary = "The parents and legal guardians on record for a minor")
    List<GuardianView> guardians(@PathVariable String personNumber) {
        return files.guardians(personNumber);
    }
}
