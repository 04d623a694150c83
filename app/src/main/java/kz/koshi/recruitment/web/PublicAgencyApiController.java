package kz.koshi.recruitment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kz.koshi.recruitment.PublicAgency;
import kz.koshi.recruitment.PublicCheckLimit;
import kz.koshi.recruitment.PublicRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public licence check, outside the token-protected API ({@code /api/v1/public/**} is open in SecurityConfig):
 * no token, no personal data, limited per address (429 beyond the limit).
 */
@RestController
@RequestMapping("/api/v1/public/agencies")
@Tag(name = "Public licence check", description = "Private employment agencies' licences, for anyone, without a token")
class PublicAgencyApiController {

    private final PublicRegister register;
    private final PublicCheckLimit limit;

    PublicAgencyApiController(PublicRegister register, PublicCheckLimit limit) {
        this.register = register;
        this.limit = limit;
    }

    @GetMapping
    @Operation(summary = "Agencies by BIN or a part of the name (3-100 characters): licence status, destinations, acts with dates")
    List<PublicAgency> search(@RequestParam String query, HttpServletRequest request) {
        limit.count(request.getRemoteAddr());
        return register.search(query);
    }
}
