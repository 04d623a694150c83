package kz.koshi.protection.guardianship;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A child's referral is open to the officers of the guardianship authority it was sent to, like a case to its
 * holding agency (the crisis centre sees the referral on the case's timeline). Anyone else gets the same refusal
 * whether the referral exists or not, audited on its own so that it stays on record.
 */
@Component
class GuardianshipAccess {

    private final GuardianshipRepository referrals;
    private final AuditTrail audit;

    GuardianshipAccess(GuardianshipRepository referrals, AuditTrail audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    /** The guardianship officer acting now; no one else reaches here (the services' roles are checked first). */
    static OfficerPrincipal officer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OfficerPrincipal officer && officer.has(Role.GUARDIANSHIP_OFFICER)) {
            return officer;
        }
        throw new AccessDeniedException("protection.guardianship.not-yours");
    }

    /** The referral, if it was sent to the officer's authority; refused (and the refusal audited) otherwise. */
    GuardianshipReferral load(long id, String action) {
        String authority = officer().agencyCode();
        return referrals.find(id).filter(r -> r.authorityCode().equals(authority)).orElseThrow(() -> {
            audit.recordSeparately(new AuditEvent("GUARDIANSHIP_" + action + "_DENIED", "protection_guardianship_referral",
                    String.valueOf(id), null, AuditOutcome.DENIED));
            return new AccessDeniedException("protection.guardianship.not-yours");
        });
    }
}
