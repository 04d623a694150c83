package kz.koshi.access;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static kz.koshi.access.ApiScope.*;

/**
 * The scope an API write needs, checked at the door as well as by the service: the controller reads and validates
 * the body before the service's own check runs, so without this a caller without the scope would get a 400 about
 * its body (learning the endpoint's rules) instead of a 403. Each rule names exactly the scopes the service
 * accepts from agency systems.
 */
final class ScopesAtTheDoor {

    private record Door(HttpMethod method, List<String> paths, ApiScope... scopes) {
    }

    private static final List<Door> DOORS = List.of(
            new Door(HttpMethod.POST, List.of("/api/v1/crossings", "/api/v1/crossings/**", "/api/v1/border/alerts/*/decision"), CROSSINGS_WRITE),
            new Door(HttpMethod.POST, List.of("/api/v1/border/bans", "/api/v1/border/bans/*/lifting"), BANS_WRITE),
            new Door(HttpMethod.POST, List.of("/api/v1/border/guardians"), GUARDIANS_WRITE),
            new Door(HttpMethod.POST, List.of("/api/v1/stay/registrations", "/api/v1/stay/permits", "/api/v1/stay/sweep"), STAY_WRITE),
            new Door(HttpMethod.POST, List.of("/api/v1/stay/expulsions", "/api/v1/stay/expulsion-reviews/*/decision",
                    "/api/v1/stay/violations/*/handling"), EXPULSIONS_WRITE),
            new Door(HttpMethod.POST, List.of("/api/v1/protection/**"), PROTECTION_WRITE, PROTECTION_SUPERVISE),
            new Door(HttpMethod.PUT, List.of("/api/v1/protection/**"), PROTECTION_WRITE, PROTECTION_SUPERVISE),
            new Door(HttpMethod.POST, List.of("/api/v1/employment/referrals"), EMPLOYMENT_REFER),
            new Door(HttpMethod.POST, List.of("/api/v1/employment/support-requests/**"), EMPLOYMENT_WRITE),
            // An agency's placements, read and written by its own system only (the path variable is checked after the door).
            new Door(HttpMethod.POST, List.of("/api/v1/recruitment/placements", "/api/v1/recruitment/placements/**"), RECRUITMENT_PLACEMENTS),
            new Door(HttpMethod.GET, List.of("/api/v1/recruitment/placements", "/api/v1/recruitment/placements/**"), RECRUITMENT_PLACEMENTS),
            new Door(HttpMethod.POST, List.of("/api/v1/recruitment/**"), RECRUITMENT_LICENSING),
            // The labour authority's reading of every agency's placements and of the agreements (path variables checked after).
            new Door(HttpMethod.GET, List.of("/api/v1/recruitment/labour/**"), RECRUITMENT_LICENSING),
            new Door(HttpMethod.POST, List.of("/api/v1/kandas/families/**", "/api/v1/kandas/offer"), KANDAS_SETTLE),
            new Door(HttpMethod.PUT, List.of("/api/v1/kandas/offer"), KANDAS_SETTLE),
            new Door(HttpMethod.POST, List.of("/api/v1/kandas/vacancies"), KANDAS_LABOUR),
            new Door(HttpMethod.POST, List.of("/api/v1/hotline/**"), HOTLINE_WRITE),
            new Door(HttpMethod.GET, List.of("/api/v1/hotline/**"), HOTLINE_READ),
            new Door(HttpMethod.POST, List.of("/api/v1/abroad/consular-registrations"), ABROAD_CONSULAR),
            // The enforcement registers (issue 16): each register's system reads and writes its own register only.
            new Door(HttpMethod.GET, List.of("/api/v1/enforcement/cases", "/api/v1/enforcement/cases/**"), ENFORCEMENT_CASES),
            new Door(HttpMethod.POST, List.of("/api/v1/enforcement/cases", "/api/v1/enforcement/cases/**"), ENFORCEMENT_CASES),
            new Door(HttpMethod.GET, List.of("/api/v1/enforcement/channels", "/api/v1/enforcement/channels/**"), ENFORCEMENT_CHANNELS),
            new Door(HttpMethod.POST, List.of("/api/v1/enforcement/channels", "/api/v1/enforcement/channels/**"), ENFORCEMENT_CHANNELS),
            new Door(HttpMethod.GET, List.of("/api/v1/enforcement/raids", "/api/v1/enforcement/raids/**"), ENFORCEMENT_RAIDS),
            new Door(HttpMethod.POST, List.of("/api/v1/enforcement/raids", "/api/v1/enforcement/raids/**"), ENFORCEMENT_RAIDS),
            // The national re-link's runs (issue 18): the administrators' systems list and reconcile them.
            new Door(HttpMethod.GET, List.of("/api/v1/identity/relink-runs", "/api/v1/identity/relink-runs/**"), IDENTITY_RELINK),
            new Door(HttpMethod.POST, List.of("/api/v1/identity/relink-runs/**"), IDENTITY_RELINK),
            // The commission's statistics (issue 17); open data, under /api/v1/public/open-data, is public.
            new Door(HttpMethod.POST, List.of("/api/v1/reports/rebuild"), REPORTING_REBUILD),
            new Door(HttpMethod.GET, List.of("/api/v1/reports", "/api/v1/reports/**"), REPORTING_READ),
            // Protection's old statistics API, now a permanent redirect to the PROTECTION panel (rep-open).
            new Door(HttpMethod.GET, List.of("/api/v1/protection/statistics"), REPORTING_READ));

    private ScopesAtTheDoor() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        for (Door door : DOORS) {
            String[] authorities = Arrays.stream(door.scopes()).map(ApiScope::authority).toArray(String[]::new);
            rules.requestMatchers(door.method(), door.paths().toArray(String[]::new)).hasAnyAuthority(authorities);
        }
    }
}
