package kz.koshi.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.koshi.protection.caseload.CaseloadPage;
import kz.koshi.protection.caseload.CaseloadQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.protection.Permissions.OFFICER;
import static kz.koshi.protection.Permissions.READ;
import static kz.koshi.protection.Permissions.SCREENERS;
import static kz.koshi.protection.Permissions.SUPERVISOR;
import static kz.koshi.protection.Permissions.WRITE;

/**
 * The victim's case: screening, reading it (caseload, file, exports, break-the-glass), the persons named in
 * it, outcomes, closure and follow-up. Roles are checked here; record-level access and the audit of every
 * read inside. Reads are read-write transactions on purpose: each read writes its audit entry.
 * Referrals are {@link ReferralMechanism}, services {@link SpecialSocialServices}, supervision
 * {@link CaseSupervision}.
 */
@Service
@Transactional
public class CaseManagement {

    private final Screenings screenings;
    private final Outcomes outcomes;
    private final CaseFiles files;
    private final HtcdsExport htcds;
    private final Glass glass;
    private final Parties parties;
    private final SubjectExport subjectExport;

    CaseManagement(Screenings screenings, Outcomes outcomes, CaseFiles files, HtcdsExport htcds, Glass glass, Parties parties,
                   SubjectExport subjectExport) {
        this.screenings = screenings;
        this.outcomes = outcomes;
        this.files = files;
        this.htcds = htcds;
        this.glass = glass;
        this.parties = parties;
        this.subjectExport = subjectExport;
    }

    @PreAuthorize(SCREENERS)
    public ScreeningResult screen(NewScreening screening) {
        return screenings.screen(screening);
    }

    @PreAuthorize(READ)
    public List<CaseSummary> caseload() {
        return files.caseload();
    }

    /** The caseload searched, filtered, sorted and paged, among the caller's own cases only. */
    @PreAuthorize(READ)
    public CaseloadPage caseload(CaseloadQuery query) {
        return files.caseload(query);
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

    @PreAuthorize(OFFICER)
    public long breakGlass(GlassRequest request) {
        return glass.breakGlass(request);
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

    /** Ends the reflection periods that ran out before {@code today}; run daily by the scheduler. */
    public void endExpiredReflectionPeriods(LocalDate today) {
        outcomes.endExpiredReflections(today);
    }
}
