package kz.koshi.kandas.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.kandas.Arrival;
import kz.koshi.kandas.ExpectedFamily;
import kz.koshi.kandas.FamilyProgress;
import kz.koshi.kandas.KandasApplications;
import kz.koshi.kandas.LabourDesk;
import kz.koshi.kandas.OfferForm;
import kz.koshi.kandas.QuotaUse;
import kz.koshi.kandas.RecommendationsFollowed;
import kz.koshi.kandas.RegionOffer;
import kz.koshi.kandas.ReservationKind;
import kz.koshi.kandas.Resettling;
import kz.koshi.kandas.Settlement;
import kz.koshi.kandas.SettlementForm;
import kz.koshi.kandas.StatusForm;
import kz.koshi.kandas.VacancyImport;
import kz.koshi.shared.web.Problems;
import kz.koshi.shared.ProblemType;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Akimats' systems (scope {@code kandas:settle}), the labour authority's (scope {@code kandas:labour}) and the migration
 * police's (scope {@code kandas:status}: arrivals and the kandas application's status).
 */
@RestController
@RequestMapping("/api/v1/kandas")
@Tag(name = "Kandas", description = "Families expected in a region, akimats' offers, the vacancy feed and quota use")
class KandasApiController {

    private final Settlement settlement;
    private final LabourDesk labour;
    private final MessageSource messages;
    private final KandasApplications applications;
    private final Resettling resettling;

    KandasApiController(Settlement settlement, LabourDesk labour, MessageSource messages, KandasApplications applications,
                        Resettling resettling) {
        this.settlement = settlement;
        this.resettling = resettling;
        this.labour = labour;
        this.messages = messages;
        this.applications = applications;
    }

    @GetMapping("/arrivals")
    @Operation(summary = "Kandas who arrived with their family's survey reference, and their application's status (read audited)")
    List<Arrival> arrivals() {
        return applications.arrivals();
    }

    @PutMapping("/arrivals/{personNumber}/status")
    @Operation(summary = "Record a kandas application's status: APPLIED, then GRANTED or REFUSED, with its day")
    Arrival status(@PathVariable String personNumber, @Valid @RequestBody StatusForm change) {
        return applications.record(personNumber, change.status(), change.on());
    }

    @GetMapping("/families")
    @Operation(summary = "Families whose survey expects them in the akimat's region (read audited)")
    List<ExpectedFamily> families() {
        return settlement.expectedFamilies();
    }

    @PostMapping("/families/{reference}/reservations")
    @Operation(summary = "Reserve housing or support for a family expected in the akimat's region (HOUSING or SUPPORT)")
    void reserve(@PathVariable String reference, @RequestParam ReservationKind kind) {
        settlement.reserve(reference, kind);
    }

    @PostMapping("/settlements")
    @Operation(summary = "Record that an arrived family (by survey reference) settled in the akimat's region on a day")
    FamilyProgress settle(@Valid @RequestBody SettlementForm settled) {
        return resettling.settle(settled.reference(), settled.on());
    }

    @GetMapping("/offer")
    @Operation(summary = "The akimat's offer to newcomers: free housing places and support")
    RegionOffer offer() {
        return settlement.offer();
    }

    @PutMapping("/offer")
    @Operation(summary = "Set the akimat's offer: housing places in all and support kinds")
    RegionOffer setOffer(@Valid @RequestBody OfferForm offer) {
        settlement.setOffer(offer);
        return settlement.offer();
    }

    @GetMapping("/quota")
    @Operation(summary = "Yearly kandas quota use by region (persons expected to arrive this year)")
    List<QuotaUse> quota() {
        return labour.quotaUse();
    }

    @GetMapping("/recommendations-followed")
    @Operation(summary = "Counts only: families arrived, settled, settled in one of their three recommended regions, in a priority region, moved again")
    RecommendationsFollowed followed() {
        return labour.recommendationsFollowed();
    }

    @PostMapping(path = "/vacancies", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import a vacancy feed (CSV: region_code,profession,vacancies,as_of); all rows or none")
    ResponseEntity<?> vacancies(@RequestBody(required = false) String csv) {
        VacancyImport result = labour.importFeed(csv);
        if (result.accepted()) {
            return ResponseEntity.ok(result);
        }
        if (result.feedEmpty()) {
            String empty = messages.getMessage(VacancyImport.FEED_EMPTY, null, Locale.ENGLISH);
            return ResponseEntity.badRequest().body(Problems.invalid(empty, List.of(new Problems.FieldError("body", empty))));
        }
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION, "Invalid request", "The feed was refused: no row was imported.");
        problem.setProperty("refusedRows", result.refused());
        return ResponseEntity.badRequest().body(problem);
    }
}
