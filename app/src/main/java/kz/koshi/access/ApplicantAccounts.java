package kz.koshi.access;

import java.time.Clock;
import java.util.EnumSet;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that private employment agencies open for themselves on the public site (issue 14): an
 * {@link Role#AGENCY_OPERATOR} of the agency's own row, signed in with the BIN as user name. They sign in through
 * the same door as officers (the same throttle by address, the same answer for every failure). The password is
 * one sign-in method; a company's digital signature is to replace it (docs/recruitment.md, "Signing in").
 */
@Service
public class ApplicantAccounts {

    private final OfficerRepository officers;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicantAccounts(OfficerRepository officers, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.officers = officers;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when a sign-in name is taken already (the caller must not tell its user). */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return officers.usernameTaken(username);
    }

    /** Opens the account of an agency whose row exists; the password has been checked by the caller's rule. */
    @Transactional
    public long open(String username, String displayName, String agencyCode, String password) {
        long id = officers.insert(username, displayName, agencyCode, passwords.encode(password), clock.instant());
        officers.replaceRoles(id, EnumSet.of(Role.AGENCY_OPERATOR));
        audit.record(AuditEvent.success("APPLICANT_ACCOUNT_OPENED", "officer", id));
        return id;
    }
}
