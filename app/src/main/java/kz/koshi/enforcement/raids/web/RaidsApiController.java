package kz.koshi.enforcement.raids.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.enforcement.raids.AddedPersons;
import kz.koshi.enforcement.raids.Completion;
import kz.koshi.enforcement.raids.MorePersons;
import kz.koshi.enforcement.raids.NewRaid;
import kz.koshi.enforcement.raids.RaidFile;
import kz.koshi.enforcement.raids.RaidFilter;
import kz.koshi.enforcement.raids.RaidRegister;
import kz.koshi.enforcement.raids.RaidSummary;
import kz.koshi.enforcement.raids.Raids;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Raids and inspections for the migration police's and the labour inspection's systems (scope {@code enforcement:raids}). */
@RestController
@RequestMapping("/api/v1/enforcement/raids")
@Tag(name = "Raids and inspections", description = "Raids and inspections, the persons checked and the violations found, handed to stay's queue")
class RaidsApiController {

    private final Raids raids;
    private final RaidRegister register;

    RaidsApiController(Raids raids, RaidRegister register) {
        this.raids = raids;
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Record a raid or inspection (place required) with the persons checked and the violations found")
    ResponseEntity<Map<String, Long>> record(@Valid @RequestBody NewRaid raid) {
        long id = raids.record(raid);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/raids/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Add persons checked and violations found to an open raid; a finding reported twice is stored once")
    AddedPersons add(@PathVariable long id, @Valid @RequestBody MorePersons more) {
        return raids.add(id, more);
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Complete an open raid with its last day (default: the last day recorded, else today)")
    RaidSummary complete(@PathVariable long id, @Valid @RequestBody(required = false) Completion completion) {
        return raids.complete(id, completion == null ? new Completion(null) : completion);
    }

    @GetMapping
    @Operation(summary = "Raids of the caller's agency (the migration police: all), newest first, at most 500")
    List<RaidSummary> list(@Valid @ParameterObject @ModelAttribute RaidFilter filter) {
        return register.list(filter);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A raid with its persons checked and findings; audited")
    RaidFile read(@PathVariable long id) {
        return register.read(id);
    }
}
