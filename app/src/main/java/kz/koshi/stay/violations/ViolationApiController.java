package kz.koshi.stay.violations;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import kz.koshi.shared.KoshiPrincipal;
import kz.koshi.stay.StayViews;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The violation queue for agency systems: the same pages and handling as the officers' page. */
@RestController
@RequestMapping("/api/v1/stay/violations")
@Validated
@Tag(name = "Stay", description = "Registrations, permits, expulsions, status, violations, timeline")
class ViolationApiController {

    private final ViolationDesk desk;
    private final QueueChoices choices;

    ViolationApiController(ViolationDesk desk, QueueChoices choices) {
        this.desk = desk;
        this.choices = choices;
    }

    @GetMapping
    @PreAuthorize(StayViews.READERS)
    @Operation(summary = "A page of the violation queue with names, citizenship and region: filters region (in force), kind, "
            + "citizenship (alpha-3), from/to (day found, Kazakhstan days), status OPEN (default) or HANDLED; sort DATE, NAME, "
            + "TYPE or REGION, dir ASC or DESC; page from 1, limit rows a page (default 50, at most 1000); audited")
    QueuePage queue(@Valid @ParameterObject @ModelAttribute QueueFilter filter,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(1_000) int limit) {
        choices.require(filter);
        return desk.page(filter, limit);
    }

    @PostMapping("/{id}/handling")
    @PreAuthorize(ViolationDesk.HANDLERS)
    @Operation(summary = "Handle an open violation with its administrative protocol: number, penalty FINE (fineTenge > 0) or "
            + "WARNING (no fine), handledOn; scope expulsions:write (migration police only); 409 conflict when handled "
            + "already or not punishable; 404 when unknown; audited")
    Map<String, Object> handle(@PathVariable long id, @Valid @RequestBody Handling handling, @AuthenticationPrincipal KoshiPrincipal who) {
        desk.handle(id, handling, who.actorName());
        return Map.of("violationId", id, "state", QueueStatus.HANDLED.name());
    }
}
