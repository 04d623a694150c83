package kz.koshi.recruitment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.recruitment.ApplicationView;
import kz.koshi.recruitment.Decision;
import kz.koshi.recruitment.LicenceOrder;
import kz.koshi.recruitment.LicenceStanding;
import kz.koshi.recruitment.Licences;
import kz.koshi.recruitment.Licensing;
import kz.koshi.recruitment.RegisterRow;
import kz.koshi.recruitment.ReviewFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labour authority's systems: the review queue, decisions and licence acts (scope {@code recruitment:licensing}). */
@RestController
@RequestMapping("/api/v1/recruitment")
@Tag(name = "Recruitment licensing", description = "Licences of private employment agencies, for the labour authority")
class LicensingApiController {

    private final Licensing licensing;
    private final Licences licences;

    LicensingApiController(Licensing licensing, Licences licences) {
        this.licensing = licensing;
        this.licences = licences;
    }

    @GetMapping("/applications")
    @Operation(summary = "Applications awaiting review, oldest first")
    List<ApplicationView> queue() {
        return licensing.queue();
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "An application's review file: persons behind it by name, flagged if behind a revoked agency (audited)")
    ReviewFile file(@PathVariable long id) {
        return licensing.file(id);
    }

    @PostMapping("/applications/{id}/decision")
    @Operation(summary = "Ask for corrections, grant (every checklist item ticked) or refuse, with a reason")
    ApplicationView decide(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return licensing.decide(id, decision);
    }

    @GetMapping("/agencies")
    @Operation(summary = "Every agency with an account, with its licence as it stands today")
    List<RegisterRow> register() {
        return licensing.register();
    }

    @PostMapping("/licences/{number}/acts")
    @Operation(summary = "Suspend, reinstate, revoke or renew a licence, with a reason")
    LicenceStanding act(@PathVariable String number, @Valid @RequestBody LicenceOrder order) {
        return licences.act(number, order);
    }
}
