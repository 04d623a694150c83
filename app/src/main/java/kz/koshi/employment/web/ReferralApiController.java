package kz.koshi.employment.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.employment.EmploymentReferrals;
import kz.koshi.employment.NewReferral;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Akimats' and the labour ministry's systems refer a person to a career centre (scope {@code employment:refer}). */
@RestController
@RequestMapping("/api/v1/employment/referrals")
@Tag(name = "Employment support", description = "Requests for help in finding work, for career centres")
class ReferralApiController {

    private final EmploymentReferrals referrals;

    ReferralApiController(EmploymentReferrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a person the agency knows to the career centre of a region, under a programme "
            + "(RETURNING_CITIZEN, KANDAS, AKIMAT_JOB_SEEKER; an akimat to its own region only)")
    Map<String, Long> refer(@Valid @RequestBody NewReferral referral) {
        return Map.of("requestId", referrals.refer(referral));
    }
}
