package kz.koshi.recruitment.signals;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The labour authority's systems: risk signals on agencies and the complaints behind them (scope {@code recruitment:licensing}). */
@RestController
@RequestMapping("/api/v1/recruitment")
@Tag(name = "Recruitment risk signals", description = "Risk signals on private employment agencies, for the labour authority")
class SignalsApiController {

    private final RiskSignals signals;
    private final AgencyComplaints complaints;

    SignalsApiController(RiskSignals signals, AgencyComplaints complaints) {
        this.signals = signals;
        this.complaints = complaints;
    }

    @GetMapping("/signals")
    @Operation(summary = "Signals, newest first (at most 500): by rule (kind), agency (BIN) and status (OPEN, HANDLED)")
    List<Signal> list(@Valid @ParameterObject @ModelAttribute SignalFilter filter) {
        return signals.list(filter);
    }

    @GetMapping("/signals/{id}")
    @Operation(summary = "One signal with its facts and reason")
    Signal signal(@PathVariable long id) {
        return signals.signal(id);
    }

    @PostMapping("/signals/{id}/handling")
    @Operation(summary = "Mark an open signal handled, with a note (audited)")
    Signal handle(@PathVariable long id, @Valid @RequestBody HandlingNote note) {
        return signals.handle(id, note);
    }

    @GetMapping("/complaints/{id}")
    @Operation(summary = "A complaint against an agency, with what the complainant wrote (audited)")
    Complaint complaint(@PathVariable long id) {
        return complaints.complaint(id);
    }
}
