package kz.koshi.recruitment.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.recruitment.rules.RiskRules;
import kz.koshi.recruitment.rules.RiskThresholds;
import kz.koshi.recruitment.rules.SignalKind;
import kz.koshi.shared.Bin;
import kz.koshi.shared.CleanText;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints against an agency, by BIN: from the public form, or from another module by ids only (the hotline).
 * Each complaint counts towards the complaints rule; only the labour authority reads them (audited). Whether a BIN
 * belongs to a known agency changes neither what is stored nor the answer.
 */
@Service
public class AgencyComplaints {

    private final ComplaintRepository complaints;
    private final RiskSignals signals;
    private final SignalsProperties properties;
    private final KazakhstanCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    AgencyComplaints(ComplaintRepository complaints, RiskSignals signals, SignalsProperties properties, KazakhstanCalendar calendar,
                     AuditTrail audit, Clock clock) {
        this.complaints = complaints;
        this.signals = signals;
        this.properties = properties;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Module API: a complaint known to another module by its own reference (the hotline's call id), on a day. The same
     * source and reference is taken once (a repeat returns the first complaint's id and raises nothing).
     */
    @Transactional
    public long received(String bin, ComplaintSource source, String sourceReference, LocalDate on) {
        if (bin == null || !Bin.isValid(bin)) {
            throw new DomainProblem(ProblemType.VALIDATION, "bin", "recruitment.bin.invalid");
        }
        if (source == null || sourceReference == null || sourceReference.isBlank() || sourceReference.length() > 100
                || !CleanText.isClean(sourceReference)) {
            throw new DomainProblem(ProblemType.VALIDATION, "sourceReference", "recruitment.complaint.reference-invalid");
        }
        LocalDate today = LocalDate.now(clock);
        if (on == null || on.isAfter(today) || on.isBefore(today.minusYears(30))) {
            throw new DomainProblem(ProblemType.VALIDATION, "on", "koshi.validation.date.event");
        }
        return complaints.bySource(source, sourceReference.strip())
                .orElseGet(() -> store(bin, source, sourceReference.strip(), on, null, null));
    }

    /** A complaint from the public form (its limit per address is the caller's). */
    @Transactional
    public void fromPublic(PublicComplaint form) {
        boolean consented = Boolean.TRUE.equals(form.consent()) && form.contact() != null && !form.contact().isBlank();
        store(form.bin().strip(), ComplaintSource.PUBLIC_FORM, null, form.happenedOn(), form.account().strip(),
                consented ? form.contact().strip() : null);
    }

    /** One complaint with what the complainant wrote (the labour authority's; audited). */
    @Transactional
    @PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')")
    public Complaint complaint(long id) {
        Complaint c = complaints.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.complaint.not-found"));
        audit.record(AuditEvent.success("RECRUITMENT_COMPLAINT_READ", "recruitment_complaint", id));
        return c;
    }

    /**
     * A repeat delivered at the same moment as the first (another node republishing the event) waits on the source's key
     * and then stores nothing: the first complaint's id is the answer.
     */
    private long store(String bin, ComplaintSource source, String reference, LocalDate on, String account, String contact) {
        Optional<Long> stored = complaints.insert(bin, source, reference, on, account, contact, clock.instant());
        if (stored.isEmpty()) {
            return complaints.bySource(source, reference).orElseThrow();
        }
        long id = stored.get();
        RiskThresholds t = properties.thresholds();
        long inWindow = complaints.receivedSince(bin, calendar.startOf(RiskRules.complaintWindowFrom(LocalDate.now(clock), t)));
        if (RiskRules.complaintsRaise(inWindow, t)) {
            signals.raise(NewSignal.counted(SignalKind.COMPLAINTS, bin, "complaint:" + id, inWindow, (long) t.complaintWindowDays(),
                    on, String.valueOf(id)));
        }
        return id;
    }
}
