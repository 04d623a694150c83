package kz.koshi.employment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.employment.EmploymentSupport;
import kz.koshi.employment.SupportRequest;
import kz.koshi.employment.SupportRequestStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Career centres' systems: employment support requests in their region, alike whichever programme referred the person. */
@RestController
@RequestMapping("/api/v1/employment/support-requests")
@Tag(name = "Employment support", description = "Requests for help in finding work, for career centres")
class SupportRequestApiController {

    private final EmploymentSupport employment;

    SupportRequestApiController(EmploymentSupport employment) {
        this.employment = employment;
    }

    @GetMapping
    @Operation(summary = "Employment support requests in the career centre's region")
    List<SupportRequest> requests() {
        return employment.inMyRegion();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request of the career centre's region: name, region, languages, skills, agreed contacts")
    SupportRequest request(@PathVariable long id) {
        return employment.request(id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Record what became of a request")
    void status(@PathVariable long id, @RequestParam SupportRequestStatus status) {
        employment.setStatus(id, status);
    }
}
