package kz.koshi.hotline.web;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.hotline.CallFile;
import kz.koshi.hotline.HotlineCalls;
import kz.koshi.hotline.NewCall;
import kz.koshi.hotline.NewRoute;
import kz.koshi.hotline.RouteResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hotline's own system: calls logged, read, routed and their outcomes (scopes {@code hotline:read}/{@code hotline:write}). */
@RestController
@RequestMapping("/api/v1/hotline/calls")
@Tag(name = "Hotline 11616", description = "Calls and messages to the hotline and where they were routed")
class HotlineApiController {

    private final HotlineCalls calls;

    HotlineApiController(HotlineCalls calls) {
        this.calls = calls;
    }

    @PostMapping
    @Operation(summary = "Log a call or message; a caller in danger is flagged at once to the police on duty")
    ResponseEntity<Map<String, Long>> log(@Valid @RequestBody NewCall call) {
        long id = calls.log(call);
        return ResponseEntity.created(URI.create("/api/v1/hotline/calls/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A call with its facts, contact (given with consent) and routes; audited")
    CallFile call(@PathVariable long id) {
        return calls.call(id);
    }

    @PostMapping("/{id}/routes")
    @Operation(summary = "Route a call: a screening, a complaint about an employment agency, the labour inspection, the police on duty")
    ResponseEntity<Map<String, Long>> route(@PathVariable long id, @Valid @RequestBody NewRoute route) {
        return ResponseEntity.status(201).body(Map.of("id", calls.route(id, route)));
    }

    @PostMapping("/{id}/routes/{routeId}/outcome")
    @Operation(summary = "Record what came of a route")
    ResponseEntity<Void> outcome(@PathVariable long id, @PathVariable long routeId, @Valid @RequestBody RouteResult result) {
        calls.recordOutcome(id, routeId, result);
        return ResponseEntity.noContent().build();
    }
}
