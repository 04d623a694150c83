package kz.koshi.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reference.Agency;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officer accounts, managed by administrators. Every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Officers {

    private final OfficerRepository repository;
    private final ReferenceData reference;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Officers(OfficerRepository repository, ReferenceData reference, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.reference = reference;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Officer> all() {
        return repository.findAll();
    }

    @Transactional
    public long create(NewOfficer command) {
        if (repository.usernameTaken(command.username())) {
            throw new DomainProblem(ProblemType.CONFLICT, "username", "officer.username.taken");
        }
        Agency agency = agencyOf(command.agencyCode());
        checkRoles(agency, command.roles());
        checkPassword("initialPassword", command.initialPassword());
        long id = repository.insert(command.username(), command.fullName().trim(), agency.code(),
                passwords.encode(command.initialPassword()), clock.instant());
        repository.replaceRoles(id, command.roles());
        audit.record(AuditEvent.success("OFFICER_CREATED", "officer", id).because(AuditReason.of("roles", ReasonArg.labels("role.", command.roles().stream().sorted().toList()))));
        return id;
    }

    @Transactional
    public void changeRoles(long officerId, Set<Role> roles) {
        Officer officer = existing(officerId);
        checkRoles(agencyOf(officer.agencyCode()), roles);
        repository.replaceRoles(officerId, roles);
        audit.record(AuditEvent.success("OFFICER_ROLES_CHANGED", "officer", officerId).because(AuditReason.of("roles", ReasonArg.labels("role.", roles.stream().sorted().toList()))));
    }

    @Transactional
    public void setEnabled(long officerId, boolean enabled) {
        existing(officerId);
        repository.setEnabled(officerId, enabled);
        audit.record(AuditEvent.success(enabled ? "OFFICER_ENABLED" : "OFFICER_DISABLED", "officer", officerId));
    }

    /** Sets a new password and lifts any lockout. */
    @Transactional
    public void resetPassword(long officerId, String newPassword) {
        existing(officerId);
        checkPassword("password", newPassword);
        repository.setPassword(officerId, passwords.encode(newPassword));
        audit.record(AuditEvent.success("OFFICER_PASSWORD_RESET", "officer", officerId));
    }

    /** At least 12 characters; at most the 72 bytes BCrypt reads (a longer one would make the encoder throw). */
    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < 12 || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new DomainProblem(ProblemType.VALIDATION, field, "officer.password.size");
        }
    }

    private Officer existing(long officerId) {
        return repository.findById(officerId)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "officer.not-found"));
    }

    private Agency agencyOf(String code) {
        return reference.agency(code).filter(Agency::active)
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "agencyCode", "officer.agency.unknown"));
    }

    private static void checkRoles(Agency agency, Set<Role> roles) {
        if (roles.isEmpty() || roles.stream().anyMatch(r -> !r.allowedFor(agency.type()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "roles", "officer.roles.not-for-agency");
        }
    }
}
