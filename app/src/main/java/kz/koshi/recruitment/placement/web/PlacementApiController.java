package kz.koshi.recruitment.placement.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.recruitment.placement.OrientationForm;
import kz.koshi.recruitment.placement.Placement;
import kz.koshi.recruitment.placement.PlacementForm;
import kz.koshi.recruitment.placement.PlacementRefusedProblem;
import kz.koshi.recruitment.placement.Placements;
import kz.koshi.recruitment.placement.Refusal;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A licensed agency's own system (scope {@code recruitment:placements}): reports its placements and reads its own. */
@RestController
@RequestMapping("/api/v1/recruitment/placements")
@Tag(name = "Recruitment placements", description = "Placements abroad reported by a licensed private employment agency")
class PlacementApiController {

    private final Placements placements;
    private final MessageSource messages;

    PlacementApiController(Placements placements, MessageSource messages) {
        this.placements = placements;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Report a placement; refused with every reason (422) and nothing stored")
    ResponseEntity<Placement> report(@Valid @RequestBody PlacementForm form) {
        Placement placement = placements.report(form);
        return ResponseEntity.created(java.net.URI.create("/api/v1/recruitment/placements/" + placement.id())).body(placement);
    }

    @GetMapping
    @Operation(summary = "The calling agency's placements, newest first (audited)")
    List<Placement> mine() {
        return placements.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the calling agency's placements (audited); another agency's is 404")
    Placement one(@PathVariable UUID id) {
        return placements.mine(id);
    }

    @PostMapping("/{id}/orientation")
    @Operation(summary = "Record the pre-departure orientation the worker received")
    Placement orient(@PathVariable UUID id, @Valid @RequestBody OrientationForm form) {
        return placements.orient(id, form);
    }

    @ExceptionHandler(PlacementRefusedProblem.class)
    ProblemDetail refused(PlacementRefusedProblem e) {
        List<Problems.FieldError> errors = e.refusals().stream()
                .map(r -> new Problems.FieldError(r.field() == null ? "agency" : r.field(), text(r))).toList();
        ProblemDetail problem = Problems.invalid("The placement is refused; nothing was stored.", errors);
        problem.setType(ProblemType.RULE_VIOLATION.uri());
        problem.setStatus(ProblemType.RULE_VIOLATION.status());
        problem.setTitle(ProblemType.RULE_VIOLATION.status().getReasonPhrase());
        problem.setProperty("reasons", e.refusals().stream().map(r -> r.reason().name()).distinct().toList());
        return problem;
    }

    private String text(Refusal r) {
        return messages.getMessage(r.message(), null, r.message(), java.util.Locale.ENGLISH);
    }
}
