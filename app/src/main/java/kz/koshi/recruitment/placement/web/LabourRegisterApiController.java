package kz.koshi.recruitment.placement.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.recruitment.placement.AgreementForm;
import kz.koshi.recruitment.placement.LabourAgreement;
import kz.koshi.recruitment.placement.LabourAgreements;
import kz.koshi.recruitment.placement.Placement;
import kz.koshi.recruitment.placement.PlacementFilter;
import kz.koshi.recruitment.placement.Placements;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The labour authority's system (scope {@code recruitment:licensing}): every agency's placements and the labour agreements. */
@RestController
@RequestMapping("/api/v1/recruitment/labour")
@Tag(name = "Recruitment register", description = "The labour authority's view of placements abroad and its register of labour agreements")
class LabourRegisterApiController {

    private final Placements placements;
    private final LabourAgreements agreements;

    LabourRegisterApiController(Placements placements, LabourAgreements agreements) {
        this.placements = placements;
        this.agreements = agreements;
    }

    @GetMapping("/placements")
    @Operation(summary = "Every agency's placements, filtered by agency, country and contract start (from, to; audited)")
    List<Placement> placements(@ParameterObject @ModelAttribute PlacementFilter filter) {
        return placements.all(filter);
    }

    @GetMapping("/placements/{id}")
    @Operation(summary = "One placement of any agency (audited)")
    Placement placement(@PathVariable UUID id) {
        return placements.one(id);
    }

    @GetMapping("/agreements")
    @Operation(summary = "The register of labour agreements: country, status (IN_FORCE, UNDER_NEGOTIATION, NONE), since, source")
    List<LabourAgreement> agreements() {
        return agreements.all();
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record where the agreement with a country stands now (audited)")
    void record(@Valid @RequestBody AgreementForm form) {
        agreements.save(form);
    }
}
