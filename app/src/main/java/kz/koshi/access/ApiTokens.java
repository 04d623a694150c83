package kz.koshi.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reference.Agency;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for agency systems: issued by administrators (a licensed employment agency issues its own), shown once, stored hashed, scoped, revocable. */
@Service
public class ApiTokens {

    /** A freshly issued token: the only moment its secret exists outside the caller's system. */
    public record Issued(long id, String secret) {
    }

    private final ApiTokenRepository repository;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository repository, ReferenceData reference, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return repository.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Issued issue(NewApiToken command) {
        String secret = TokenHash.newToken();
        long id = store(command, secret);
        String scopes = command.scopes().stream().map(ApiScope::code).sorted().collect(Collectors.joining(", "));
        audit.record(AuditEvent.success("API_TOKEN_ISSUED", "api_token", id).because(AuditReason.of("token-scopes", ReasonArg.id(scopes))));
        return new Issued(id, secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ApiToken find(long id) {
        return repository.findById(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "token.not-found"));
    }

    /** Revokes a token for good; the reason is required, kept with the token and in the audit trail. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long id, String reason) {
        revokeChecked(id, reason);
    }

    private void revokeChecked(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainProblem(ProblemType.VALIDATION, "reason", "token.revoke.reason.required");
        }
        ApiToken token = repository.findById(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "token.not-found"));
        if (token.revokedAt() != null) {
            // A revocation is history: who revoked, when and why stay as they were.
            throw new DomainProblem(ProblemType.CONFLICT, "token.already-revoked");
        }
        repository.revoke(id, CurrentActor.name(), clock.instant(), reason.strip());
        audit.record(AuditEvent.success("API_TOKEN_REVOKED", "api_token", id).because(AuditReason.officersWords(reason)));
    }

    /** An agency's own tokens (its operator manages them in its account); other agencies' tokens are never listed. */
    @PreAuthorize("hasRole('AGENCY_OPERATOR')")
    @Transactional(readOnly = true)
    public List<ApiToken> own() {
        String agency = CurrentActor.agencyCode();
        return repository.findAll().stream().filter(t -> t.agencyCode().equals(agency)).toList();
    }

    /** A token bound to the operator's own agency, with scopes its agency type may hold; the caller checks the rest. */
    @PreAuthorize("hasRole('AGENCY_OPERATOR')")
    @Transactional
    public Issued issueOwn(String name, Set<ApiScope> scopes, LocalDate expiresOn) {
        String secret = TokenHash.newToken();
        long id = store(new NewApiToken(name, CurrentActor.agencyCode(), scopes, expiresOn), secret);
        audit.record(AuditEvent.success("API_TOKEN_ISSUED", "api_token", id).because(AuditReason.of("own-token-scopes", ReasonArg.id(scopes))));
        return new Issued(id, secret);
    }

    /** Revokes one of the operator's own agency's tokens; another agency's token is "not found". */
    @PreAuthorize("hasRole('AGENCY_OPERATOR')")
    @Transactional
    public void revokeOwn(long id, String reason) {
        String agency = CurrentActor.agencyCode();
        repository.findById(id).filter(t -> t.agencyCode().equals(agency))
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "token.not-found"));
        revokeChecked(id, reason);
    }

    /** The token's principal if the secret matches a token that is neither revoked nor expired. */
    @Transactional
    Optional<SystemPrincipal> authenticate(String secret) {
        return repository.findByHash(TokenHash.of(secret)).filter(t -> t.usableAt(clock.instant())).map(token -> {
            repository.touch(token.id(), clock.instant());
            return new SystemPrincipal(token);
        });
    }

    /** Stores a token with a given secret; used for issuing and, in demo mode only, for the documented demo tokens. */
    long store(NewApiToken command, String secret) {
        Agency agency = reference.agency(command.agencyCode()).filter(Agency::active)
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "agencyCode", "token.agency.unknown"));
        if (command.scopes().stream().anyMatch(s -> !s.allowedFor(agency.type()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "scopes", "token.scopes.not-for-agency");
        }
        var expires = command.expiresOn() == null ? null : command.expiresOn().atStartOfDay(clock.getZone()).toInstant();
        return repository.insert(command.name().trim(), agency.code(), TokenHash.of(secret), TokenHash.hint(secret),
                command.scopes(), CurrentActor.name(), clock.instant(), expires);
    }
}
