package kz.koshi.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Regions, countries, agencies and crisis centres")
@PreAuthorize("hasAuthority('SCOPE_reference:read')")
class ReferenceApiController {

    private final ReferenceData reference;
    private final Clock clock;

    ReferenceApiController(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/regions")
    @Operation(summary = "Regions in force on a date (today by default)")
    List<Region> regions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reference.regionsOn(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/countries")
    @Operation(summary = "Countries of ISO 3166-1 with Russian, Kazakh and English names")
    List<Country> countries() {
        return reference.countries();
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agencies that use Koshi")
    List<Agency> agencies() {
        return reference.agencies();
    }

    @GetMapping("/crisis-centres")
    @Operation(summary = "Crisis centres providing special social services, with region and funding")
    List<CrisisCentre> crisisCentres() {
        return reference.crisisCentres();
    }
}
