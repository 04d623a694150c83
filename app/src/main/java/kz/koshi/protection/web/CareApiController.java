package kz.koshi.protection.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.protection.Admission;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.CentreChange;
import kz.koshi.protection.CentreOccupancy;
import kz.koshi.protection.Closure;
import kz.koshi.protection.ExtensionRequest;
import kz.koshi.protection.IncomingReferral;
import kz.koshi.protection.NewFollowUp;
import kz.koshi.protection.NewOutcome;
import kz.koshi.protection.NewReferral;
import kz.koshi.protection.PlanChange;
import kz.koshi.protection.ReferralDecision;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.ServiceDelivery;
import kz.koshi.protection.ServiceType;
import kz.koshi.protection.SpecialSocialServices;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The referral mechanism and special social services for agency systems: referrals and their decisions,
 * the centres' places, admission, plan, services, extension requests (approving them is for a
 * supervisor, a person), outcomes, closure and follow-up.
 */
@RestController
@RequestMapping("/api/v1/protection")
@Tag(name = "Protection: referrals and services", description = "Referrals, centres, services, extensions, outcomes")
class CareApiController {

    record Created(long id) {
    }

    private final CaseManagement cases;
    private final ReferralMechanism referrals;
    private final SpecialSocialServices services;

    CareApiController(CaseManagement cases, ReferralMechanism referrals, SpecialSocialServices services) {
        this.cases = cases;
        this.referrals = referrals;
        this.services = services;
    }
    @PostMapping("/cases/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer the case to a crisis centre with consent: an adult's own; for a person under 18 the legal representative's "
            + "(representativeName and representativeRelation required). A full centre refuses (422)")
    Created refer(@PathVariable long id, @Valid @RequestBody NewReferral referral) {
        return new Created(referrals.refer(id, referral));
    }

    @GetMapping("/referrals")
    @Operation(summary = "Referrals waiting for the calling agency's decision")
    List<IncomingReferral> incoming() {
        return referrals.incomingReferrals();
    }

    @PostMapping("/referrals/{id}/decision")
    @Operation(summary = "Accept a referral (the case is handed over) or decline it with a reason")
    void decide(@PathVariable long id, @Valid @RequestBody ReferralDecision decision) {
        referrals.decideReferral(id, decision);
    }

    @GetMapping("/centres")
    @Operation(summary = "The crisis centres with region, funding, capacity, occupancy and services; with needs, only those "
            + "offering every need and having a free place, those in the region first")
    List<CentreOccupancy> centres(@RequestParam(required = false) Set<ServiceType> needs,
                                  @RequestParam(required = false) String region) {
        return needs == null || needs.isEmpty() ? referrals.centres() : referrals.centresFor(needs, region);
    }

    @PutMapping("/centres/{code}")
    @Operation(summary = "Set a crisis centre's capacity and the services it offers; only the centre's own system "
            + "(scope protection:supervise)")
    void updateCentre(@PathVariable String code, @Valid @RequestBody CentreChange change) {
        referrals.updateCentre(code, change);
    }

    @PostMapping("/cases/{id}/admission")
    @Operation(summary = "Admit the person at the centre that accepted the referral; the 6-month period starts. A non-citizen's "
            + "residence category is required and must be eligible under the terms in force on the admission date (422 otherwise)")
    void admit(@PathVariable long id, @Valid @RequestBody Admission admission) {
        services.admit(id, admission);
    }

    @PutMapping("/cases/{id}/plan")
    @Operation(summary = "Set the service plan over the eight service types")
    void plan(@PathVariable long id, @Valid @RequestBody PlanChange plan) {
        services.setPlan(id, plan);
    }

    @PostMapping("/cases/{id}/services")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a service delivered; outside the plan or the period it is refused (422)")
    void service(@PathVariable long id, @Valid @RequestBody ServiceDelivery delivery) {
        services.logService(id, delivery);
    }

    @PostMapping("/cases/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request an extension (criminal proceedings or hospitalisation, 9 months in total at most); a supervisor decides")
    Created extension(@PathVariable long id, @Valid @RequestBody ExtensionRequest request) {
        return new Created(services.requestExtension(id, request));
    }

    @PostMapping("/cases/{id}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an outcome: documents, employment referral, repatriation, compensation, criminal case, testimony")
    void outcome(@PathVariable long id, @Valid @RequestBody NewOutcome outcome) {
        cases.recordOutcome(id, outcome);
    }

    @PostMapping("/cases/{id}/closure")
    @Operation(summary = "Close the case with a reason; a running reflection period ends")
    void close(@PathVariable long id, @Valid @RequestBody Closure closure) {
        cases.close(id, closure);
    }

    @PostMapping("/cases/{id}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a follow-up contact after closure")
    void followUp(@PathVariable long id, @Valid @RequestBody NewFollowUp followUp) {
        cases.recordFollowUp(id, followUp);
    }
}
