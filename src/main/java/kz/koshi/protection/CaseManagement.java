package kz.koshi.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counter-trafficking case management: screening, the case with its protection at once, referral,
 * special social services, outcomes, closure and follow-up. Roles are checked here; record-level access
 * (assigned workers, supervisor, agency, break-the-glass) and the audit of every read inside.
 * Reads are read-write transactions on purpose: each read writes its audit entry.
 */
@Service
@Transactional
public class CaseManagement {

    static final String READ = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR') or hasAuthority('SCOPE_protection:read')";
    static final String WRITE = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR') or hasAuthority('SCOPE_protection:write')";
    static final String OFFICER = "hasAnyRole('SOCIAL_WORKER','CASE_SUPERVISOR')";
    static final String SUPERVISOR = "hasRole('CASE_SUPERVISOR')";

    private final Screenings screenings;
    private final Referrals referrals;
    private final ServicePeriods periods;
    private final Outcomes outcomes;
    private final CaseFiles files;
    private final HtcdsExport htcds;
    private final Glass glass;
    private final Centres centres;
    private final EmploymentSupport employment;
    private final CaseStatisticsQuery statistics;
    private final Parties parties;
    private final SubjectExport subjectExport;
    private final ReferralRepository referralRepository;
    private final ServiceRepository serviceRepository;

    CaseManagement(Screenings screenings, Referrals referrals, ServicePeriods periods, Outcomes outcomes, CaseFiles files,
                   HtcdsExport htcds, Glass glass, Centres centres, EmploymentSupport employment,
                   CaseStatisticsQuery statistics, Parties parties, SubjectExport subjectExport,
                   ReferralRepository referralRepository,
                   ServiceRepository serviceRepository) {
        this.screenings = screenings;
        this.referrals = referrals;
        this.periods = periods;
        this.outcomes = outcomes;
        this.files = files;
        this.htcds = htcds;
        this.glass = glass;
        this.centres = centres;
        this.employment = employment;
        this.statistics = statistics;
        this.parties = parties;
        this.subjectExport = subjectExport;
        this.referralRepository = referralRepository;
        this.serviceRepository = serviceRepository;
    }

    @PreAuthorize(WRITE)
    public ScreeningResult screen(NewScreening screening) {
        return screenings.screen(screening);
    }

    @PreAuthorize(READ)
    public List<CaseSummary> caseload() {
        return files.caseload();
    }

    @PreAuthorize(READ)
    public CaseFile caseFile(long caseId) {
        return files.read(caseId);
    }

    @PreAuthorize(READ)
    public Map<String, Object> htcdsExport(long caseId) {
        return htcds.of(files.read(caseId));
    }

    /** The person's own data on a lawful request; only a supervisor of the agency holding the case. */
    @PreAuthorize(SUPERVISOR)
    public Map<String, Object> subjectExport(long caseId, SubjectRequest request) {
        return subjectExport.export(caseId, request);
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

    @PreAuthorize(WRITE)
    public void admit(long caseId, Admission admission) {
        periods.admit(caseId, admission);
    }

    @PreAuthorize(WRITE)
    public void setPlan(long caseId, PlanChange plan) {
        periods.plan(caseId, plan);
    }

    @PreAuthorize(WRITE)
    public void logService(long caseId, ServiceDelivery delivery) {
        periods.deliver(caseId, delivery);
    }

    @PreAuthorize(WRITE)
    public long requestExtension(long caseId, ExtensionRequest request) {
        return periods.requestExtension(caseId, request);
    }

    /** Only a supervisor, a person, approves: agency systems cannot. */
    @PreAuthorize(SUPERVISOR)
    public void decideExtension(long extensionId, boolean approve) {
        periods.decideExtension(extensionId, approve);
    }

    @PreAuthorize(WRITE)
    public void recordOutcome(long caseId, NewOutcome outcome) {
        outcomes.record(caseId, outcome);
    }

    @PreAuthorize(WRITE)
    public void nameParty(long caseId, NewParty party) {
        parties.add(caseId, party);
    }

    /** For investigators: persons, organisations and places named in more than one case (no victim data). */
    @PreAuthorize("hasAnyRole('PROSECUTOR','CASE_SUPERVISOR') or hasAuthority('SCOPE_protection:investigate')")
    public List<RecurringParty> recurringParties() {
        return parties.recurring();
    }

    @PreAuthorize(WRITE)
    public void close(long caseId, Closure closure) {
        outcomes.close(caseId, closure);
    }

    @PreAuthorize(WRITE)
    public void recordFollowUp(long caseId, NewFollowUp followUp) {
        outcomes.followUp(caseId, followUp);
    }

    @PreAuthorize(WRITE)
    public void addNote(long caseId, NewNote note) {
        outcomes.note(caseId, note);
    }

    @PreAuthorize(OFFICER)
    public long breakGlass(GlassRequest request) {
        return glass.breakGlass(request);
    }

    @PreAuthorize(SUPERVISOR)
    public SupervisorReport supervisorReport() {
        String agency = Actor.current().agencyCode();
        return new SupervisorReport(serviceRepository.pendingIn(agency), referralRepository.pendingTo(agency), glass.report(agency));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ + " or hasAnyRole('AKIMAT_OFFICER','LABOUR_OFFICER')")
    public List<CentreOccupancy> centres() {
        return centres.all();
    }

    @PreAuthorize(SUPERVISOR)
    public void setCentreCapacity(String agencyCode, int capacity) {
        centres.setCapacity(agencyCode, capacity);
    }

    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:read')")
    public List<EmploymentRequest> employmentRequests() {
        return employment.inMyRegion();
    }

    @PreAuthorize("hasRole('CAREER_CENTRE_OFFICER') or hasAuthority('SCOPE_employment:write')")
    public void updateEmploymentRequest(long requestId, EmploymentRequestStatus status) {
        employment.setStatus(requestId, status);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ANALYST','CASE_SUPERVISOR') or hasAuthority('SCOPE_reporting:read')")
    public CaseStatistics statistics(int year) {
        return statistics.of(year);
    }

    /** Ends the reflection periods that ran out before {@code today}; run daily by the scheduler. */
    public void endExpiredReflectionPeriods(LocalDate today) {
        outcomes.endExpiredReflections(today);
    }
}
