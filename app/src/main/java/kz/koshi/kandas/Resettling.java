package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditTrail;
import kz.koshi.border.KandasReferences;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The akimat records that an arrived family settled in its own region, by the family's survey reference (the family
 * may have been expected elsewhere). A family settled before in another region has moved again. An internal resettler's
 * family has no border step: it may settle from the day it sent the survey. A reference of a family that has not
 * arrived is refused exactly as an unknown one (404, audited as denied).
 */
@Service
@Transactional
@PreAuthorize("hasRole('AKIMAT_OFFICER') or hasAuthority('SCOPE_kandas:settle')")
public class Resettling {

    private final SurveyRecords surveys;
    private final SettlementRecords settlements;
    private final KandasProperties properties;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final KazakhstanCalendar calendar;
    private final Clock clock;

    Resettling(SurveyRecords surveys, SettlementRecords settlements, KandasProperties properties, ReferenceData reference,
               AuditTrail audit, KazakhstanCalendar calendar, Clock clock) {
        this.surveys = surveys;
        this.settlements = settlements;
        this.properties = properties;
        this.reference = reference;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    public FamilyProgress settle(String surveyReference, LocalDate on) {
        Officer officer = Officer.current(reference);
        Survey survey = surveys.idOf(KandasReferences.normalised(surveyReference)).flatMap(surveys::find).filter(Survey::submitted)
                .filter(s -> s.origin().resettler() || settlements.firstArrival(s.id()).isPresent()).orElseThrow(() -> {
            audit.recordSeparately(new AuditEvent("KANDAS_SETTLEMENT_DENIED", "kandas_survey", null, null, AuditOutcome.DENIED));
            return new DomainProblem(ProblemType.NOT_FOUND, "reference", "kandas.family.not-arrived");
        });
        long id = survey.id();
        FamilyProgress now = settlements.progress(id);
        if (officer.regionCode().equals(now.settledRegion())) {
            throw new DomainProblem(ProblemType.CONFLICT, "reference", "kandas.settlement.already-here");
        }
        LocalDate sent = survey.submittedAt() == null ? null : calendar.dayOf(survey.submittedAt());
        LocalDate earliest = now.settledOn() != null ? now.settledOn() : now.arrivedOn() != null ? now.arrivedOn() : sent;
        if (on.isBefore(earliest) || on.isAfter(calendar.today())) {
            throw new DomainProblem(ProblemType.VALIDATION, "on", "kandas.settlement.day-out-of-range");
        }
        settlements.add(id, officer.regionCode(), on, properties.priorityOn(on).contains(officer.regionCode()), officer.name(), clock.instant());
        audit.record(AuditEvent.success("KANDAS_SETTLEMENT_RECORDED", "kandas_survey", id).because(AuditReason.of("kandas-settled", ReasonArg.region(officer.regionCode()), ReasonArg.day(on))));
        return settlements.progress(id);
    }
}
