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
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.web.Problems;
import kz.koshi.shared.web.Problems.FieldError;
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

    private final CrossingDesk desk;
    private final Validator validator;
    private final MessageSource messages;

    CrossingApiController(CrossingDesk desk, Validator validator, MessageSource messages) {
        this.desk = desk;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Record one crossing: 201 with the person, card (first entry of a foreigner), status and alerts; "
            + "409 for a crossing already received")
    ResponseEntity<CrossingReceipt> record(@Valid @RequestBody CrossingRequest crossing) {
        return ResponseEntity.status(HttpStatus.CREATED).body(desk.record(crossing, "API"));
    }

    @PostMapping("/batch")
    @Operation(summary = "Record up to 5,000 crossings; each is reported (RECORDED, DUPLICATE or REJECTED with its fields), "
            + "good ones are kept whatever the others")
    List<BatchItem> batch(@RequestBody @Size(min = 1, max = 5_000) List<CrossingRequest> batch) {
        List<BatchItem> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            results.add(one(i, batch.get(i)));
        }
        return results;
    }

    record BatchItem(int index, String outcome, CrossingReceipt crossing, List<FieldError> problems) {
    }

    private BatchItem one(int index, CrossingRequest request) {
        if (request == null) {
            return new BatchItem(index, "REJECTED", null, List.of(new FieldError("crossing", "is missing")));
        }
        Set<ConstraintViolation<CrossingRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return new BatchItem(index, "REJECTED", null, violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
        }
        try {
            return new BatchItem(index, "RECORDED", desk.record(request, "API"), List.of());
        } catch (CrossingRejected e) {
            return new BatchItem(index, "REJECTED", null, english(e.problems()));
        } catch (DomainProblem e) {
            String outcome = e.type() == kz.koshi.shared.ProblemType.CONFLICT ? "DUPLICATE" : "REJECTED";
            return new BatchItem(index, outcome, null, List.of(new FieldError(e.field() == null ? "crossing" : e.field(),
                    text(e.getMessage()))));
        }
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
