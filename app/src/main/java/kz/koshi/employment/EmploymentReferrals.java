package kz.koshi.employment;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a person to a career centre. Every programme's referral becomes the same support request
 * (same table, same ids, same fields, dated the day it arrives); the programme is kept by the referring side.
 * Audit entries are alike for every programme too, so the trail does not tell them apart either.
 */
@Service
public class EmploymentReferrals {

    private final SupportRequests requests;
    private final IdentityResolution identity;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    EmploymentReferrals(SupportRequests requests, IdentityResolution identity, ReferenceData reference, AuditTrail audit,
                        Clock clock) {
        this.requests = requests;
        this.identity = identity;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** An akimat officer or the labour ministry (officer or system) refers a person it knows; returns the request id. */
    @Transactional
    @PreAuthorize("hasAnyRole('AKIMAT_OFFICER', 'LABOUR_OFFICER') or hasAuthority('SCOPE_employment:refer')")
    public long refer(NewReferral r) {
        Referrer referrer = Referrer.current(reference);
        if (!r.programme().referredByAgencies()) {
            throw new DomainProblem(ProblemType.VALIDATION, "programme", "employment.referral.programme-not-yours");
        }
        if (reference.regionsOn(LocalDate.now(clock)).stream().noneMatch(region -> region.code().equals(r.regionCode()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "employment.referral.region-unknown");
        }
        if (!referrer.mayReferTo(r.regionCode())) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "employment.referral.region-not-yours");
        }
        PersonSummary person = identity.registered(r.personNumber())
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "personNumber", "employment.referral.person-unknown"));
        ReferralProfile profile = r.profile().checked();
        long id = arrived(person, r.regionCode(), profile);
        requests.insertOrigin(id, r.programme(), referrer.agencyCode(), referrer.name());
        return id;
    }

    /** What the caller may choose on the referral form: the agencies' programmes and the regions it refers to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AKIMAT_OFFICER', 'LABOUR_OFFICER') or hasAuthority('SCOPE_employment:refer')")
    public ReferralOptions options() {
        Referrer referrer = Referrer.current(reference);
        return new ReferralOptions(java.util.Arrays.stream(ReferralProgramme.values()).filter(ReferralProgramme::referredByAgencies).toList(),
                reference.regionsOn(LocalDate.now(clock)).stream().filter(region -> referrer.mayReferTo(region.code())).toList());
    }

    /** The choices of the referral form. */
    public record ReferralOptions(java.util.List<ReferralProgramme> programmes, java.util.List<kz.koshi.reference.Region> regions) {
    }

    /**
     * A presumed victim's referral from their case ({@link ReferralProgramme#VICTIM_SUPPORT}): protection has
     * authorised its caller, gives the person as it knows them and keeps the programme with the case; nothing here
     * records where it came from, and the request carries the same fields as any other.
     */
    @Transactional
    public long referFromCase(PersonSummary person, String regionCode, ReferralProfile profile) {
        return arrived(person, regionCode, profile.checked());
    }

    /** A request follows its person when the referring side re-points it (a merge undone). */
    @Transactional
    public void follow(long requestId, String personNumber) {
        requests.movePerson(requestId, personNumber);
    }

    private long arrived(PersonSummary person, String region, ReferralProfile profile) {
        long id = requests.insert(person.personNumber(), nameOf(person), region, LocalDate.now(clock), profile);
        audit.record(AuditEvent.success("EMPLOYMENT_REFERRAL_RECEIVED", "employment_referral", id));
        return id;
    }

    /** The person's name as the career centre reads it, written the same way for every programme. */
    private static String nameOf(PersonSummary p) {
        return java.util.stream.Stream.of(p.surname(), p.givenName(), p.patronymic()).filter(part -> part != null && !part.isBlank())
                .map(String::strip).collect(java.util.stream.Collectors.joining(" "));
    }
}
