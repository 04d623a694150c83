package kz.koshi.protection;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.protection.Permissions.READ;
import static kz.koshi.protection.Permissions.WRITE;

/** The national referral mechanism: the crisis centres with their places and services, referrals, decisions. */
@Service
@Transactional
public class ReferralMechanism {

    private final Referrals referrals;
    private final ReferralRepository referralRepository;
    private final Centres centres;

    ReferralMechanism(Referrals referrals, ReferralRepository referralRepository, Centres centres) {
        this.referrals = referrals;
        this.referralRepository = referralRepository;
        this.centres = centres;
    }

    @PreAuthorize(WRITE)
    public long refer(long caseId, NewReferral referral) {
        return referrals.refer(caseId, referral);
    }

    @PreAuthorize(WRITE)
    public List<IncomingReferral> incomingReferrals() {
        return referralRepository.pendingTo(Actor.current().agencyCode());
    }

    @PreAuthorize(WRITE)
    public void decideReferral(long referralId, ReferralDecision decision) {
        referrals.decide(referralId, decision);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ + " or hasAnyRole('AKIMAT_OFFICER','LABOUR_OFFICER')")
    public List<CentreOccupancy> centres() {
        return centres.all();
    }

    /** Crisis centres offering every service needed, with a free place; those in the region first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<CentreOccupancy> centresFor(Set<ServiceType> needs, String region) {
        return centres.matching(needs, region);
    }

    /** A centre's places and services, kept by its supervisors or its own system ({@code protection:supervise}). */
    @PreAuthorize(Permissions.SUPERVISOR + " or hasAuthority('SCOPE_protection:supervise')")
    public void updateCentre(String agencyCode, CentreChange change) {
        centres.update(agencyCode, change);
    }
}
