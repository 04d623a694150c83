package kz.koshi.recruitment.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of labour agreements, kept by the labour authority: a placement to a country without one in force is flagged. */
@Service
public class LabourAgreements {

    private final AgreementRepository agreements;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    LabourAgreements(AgreementRepository agreements, ReferenceData reference, AuditTrail audit, Clock clock) {
        this.agreements = agreements;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Placements.LABOUR)
    @Transactional(readOnly = true)
    public List<LabourAgreement> all() {
        return agreements.all();
    }

    /** Records where the agreement with a country stands now (a new row or a changed one), audited. */
    @PreAuthorize(Placements.LABOUR)
    @Transactional
    public void save(AgreementForm form) {
        if (reference.country(form.getCountry()).filter(c -> !"KAZ".equals(c.alpha3())).isEmpty()) {
            throw new DomainProblem(ProblemType.VALIDATION, "country", "recruitment.placement.refused.UNKNOWN_COUNTRY");
        }
        // Agreements may be older than the usual 30-year window (CIS 1994), but not from before 1900 nor decades ahead.
        if (form.getSince() != null && (form.getSince().isBefore(DateMeaning.EARLIEST)
                || form.getSince().isAfter(LocalDate.now(clock).plusYears(20)))) {
            throw new DomainProblem(ProblemType.VALIDATION, "since", "recruitment.agreement.since-out-of-range");
        }
        agreements.save(form, CurrentActor.name(), clock.instant());
        audit.record(AuditEvent.success("LABOUR_AGREEMENT_RECORDED", "recruitment_labour_agreement", form.getCountry())
                .because(AuditReason.of("agreement-status", ReasonArg.label("recruitment.agreement.status.", form.getStatus()))));
    }

    /** True when an agreement with the country is in force (the placement is then not flagged). */
    boolean inForce(String country) {
        return agreements.status(country).filter(s -> s == AgreementStatus.IN_FORCE).isPresent();
    }
}
