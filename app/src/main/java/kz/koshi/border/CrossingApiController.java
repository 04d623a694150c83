package kz.koshi.border;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.web.Problems.FieldError;
import kz.koshi.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/crossings")
@Tag(name = "Border crossings", description = "Entries and exits from border post systems")
class CrossingApiController {

    private final CrossingIntake intake;
    private final Validator validator;
    private final MessageSource messages;

    CrossingApiController(CrossingIntake intake, Validator validator, MessageSource messages) {
        this.intake = intake;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Record one crossing: 201 with the person, card (first entry of a foreigner), status and alerts; "
            + "409 for a crossing already received")
    ResponseEntity<CrossingReceipt> record(@Valid @RequestBody CrossingRequest crossing) {
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.record(crossing, "API"));
    }

    @PostMapping("/batch")
    @Operation(summary = "Record up to 5,000 crossings; each is reported (RECORDED, DUPLICATE or REJECTED with its fields), "
            + "good ones are kept whatever the others")
    List<BatchItem> batch(@RequestBody @Size(min = 1, max = 5_000) List<CrossingRequest> batch) {
        List<BatchItem> results = new ArrayList<>(batch.size());
        List<CrossingRequest> valid = new ArrayList<>();
        List<Integer> validIndexes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            List<FieldError> problems = constraintProblems(batch.get(i));
            results.add(problems.isEmpty() ? null : new BatchItem(i, "REJECTED", null, problems));
            if (problems.isEmpty()) {
                valid.add(batch.get(i));
                validIndexes.add(i);
            }
        }
        List<CrossingOutcome> outcomes = intake.recordBatch(valid, "API");
        for (int k = 0; k < valid.size(); k++) {
            int i = validIndexes.get(k);
            results.set(i, item(i, outcomes.get(k)));
        }
        return results;
    }

    record BatchItem(int index, String outcome, CrossingReceipt crossing, List<FieldError> problems) {
    }

    private List<FieldError> constraintProblems(CrossingRequest request) {
        if (request == null) {
            return List.of(new FieldError("crossing", "is missing"));
        }
        Set<ConstraintViolation<CrossingRequest>> violations = validator.validate(request);
        List<FieldError> problems = new ArrayList<>(violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
        if (request.kandasReference() != null && !request.kandasReference().isBlank()) {
            problems.add(new FieldError("kandasReference", text("border.kandas.single-crossing-only")));
        }
        return problems;
    }

    private BatchItem item(int index, CrossingOutcome outcome) {
        return switch (outcome) {
            case CrossingOutcome.Recorded r -> new BatchItem(index, "RECORDED", r.receipt(), List.of());
            case CrossingOutcome.Rejected r -> new BatchItem(index, "REJECTED", null, english(r.problems()));
            case CrossingOutcome.Duplicate d -> new BatchItem(index, "DUPLICATE", null,
                    List.of(new FieldError("crossing", text("border.crossing.duplicate"))));
        };
    }

    @ExceptionHandler(CrossingRejected.class)
    ResponseEntity<ProblemDetail> rejected(CrossingRejected e) {
        return ResponseEntity.badRequest().body(Problems.invalid("The crossing has invalid fields.", english(e.problems())));
    }

    private List<FieldError> english(List<FieldError> problems) {
        return problems.stream().map(p -> new FieldError(p.field(), text(p.message()))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
