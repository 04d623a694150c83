package kz.koshi.recruitment.placement;

import java.util.EnumSet;
import java.util.List;

import kz.koshi.access.ApiScope;
import kz.koshi.access.ApiToken;
import kz.koshi.access.ApiTokens;
import kz.koshi.recruitment.LicenceStanding;
import kz.koshi.recruitment.Licences;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A licensed agency's own API tokens, managed by its operator in its account: bound to the agency, scope
 * {@code recruitment:placements} only, shown once, stored hashed (access), audited, revocable. An applicant agency
 * (no valid licence) gets none.
 */
@Service
@PreAuthorize("hasRole('AGENCY_OPERATOR')")
public class AgencyTokens {

    private final ApiTokens tokens;
    private final Licences licences;
    private final PlacementProperties properties;
    private final KazakhstanCalendar calendar;

    AgencyTokens(ApiTokens tokens, Licences licences, PlacementProperties properties, KazakhstanCalendar calendar) {
        this.tokens = tokens;
        this.licences = licences;
        this.properties = properties;
        this.calendar = calendar;
    }

    public List<ApiToken> own() {
        return tokens.own();
    }

    public ApiTokens.Issued issue(String name) {
        if (!licensed()) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "name", "recruitment.token.not-licensed");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainProblem(ProblemType.VALIDATION, "name", "recruitment.token.name-needed");
        }
        return tokens.issueOwn(name.strip(), EnumSet.of(ApiScope.RECRUITMENT_PLACEMENTS), calendar.today().plusDays(properties.tokenDays()));
    }

    public void revoke(long id, String reason) {
        tokens.revokeOwn(id, reason);
    }

    /** Whether the operator's agency may hold a token now: its licence is valid today. */
    public boolean licensed() {
        return licences.standing(CurrentActor.agencyCode()).map(LicenceStanding::status).filter(s -> s.valid()).isPresent();
    }
}
