package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's side of the survey: no account, a draft saved at every step and resumed with the reference and the
 * secret given at the start. The caller (the survey pages) holds the id of the survey it started or resumed.
 */
@Service
@Transactional
public class KandasSurveys {

    static final String FAMILY = "kandas-family";

    private final SurveyRecords surveys;
    private final ResumeThrottle throttle;
    private final Recommendations recommendations;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    KandasSurveys(SurveyRecords surveys, ResumeThrottle throttle, Recommendations recommendations, ReferenceData reference,
                  AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.throttle = throttle;
        this.recommendations = recommendations;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the family must keep to come back: shown once, the secret never again. */
    public record Started(long id, String reference, String secret) {
    }

    public Started start(OriginAnswers origin, String language) {
        SurveyChecks.origin(origin, reference, today());
        String ref = SurveyKeys.newReference();
        String secret = SurveyKeys.newSecret();
        long id = surveys.insert(ref, SurveyKeys.hash(secret), language, origin, clock.instant());
        audit.recordAs(AuditEvent.success("KANDAS_SURVEY_STARTED", "kandas_survey", id), FAMILY, null);
        return new Started(id, ref, secret);
    }

    /**
     * The survey of a reference and its secret. An unknown reference and a wrong secret get the same refusal, and
     * both count against the caller's address; an address over the limit is refused before anything is looked up.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the failure count commits on its own, on one connection
    public long resume(String reference, String secret, String address) {
        if (throttle.refuses(address)) {
            throw new DomainProblem(ProblemType.VALIDATION, "secret", "kandas.resume.throttled");
        }
        String ref = SurveyKeys.normal(reference).replaceFirst("^KD(?=[^-])", "KD-");
        Optional<String> hash = surveys.secretHash(ref);
        if (hash.isEmpty() || !SurveyKeys.matches(secret, hash.get())) {
            SurveyKeys.hash(secret); // the same work whether or not the reference exists
            throttle.failed(address);
            throw new DomainProblem(ProblemType.VALIDATION, "secret", "kandas.resume.failed");
        }
        return surveys.idOf(ref).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Survey read(long id) {
        return surveys.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "kandas.survey.gone"));
    }

    public void saveOrigin(long id, OriginAnswers origin) {
        draft(id);
        SurveyChecks.origin(origin, reference, today());
        surveys.updateOrigin(id, origin, clock.instant());
    }

    public void saveMembers(long id, MembersAnswers members) {
        draft(id);
        SurveyChecks.members(members, today());
        surveys.replaceMembers(id, members.given(), clock.instant());
    }

    public void savePlans(long id, PlansAnswers plans) {
        draft(id);
        SurveyChecks.plans(plans, reference.regionsOn(today()), today());
        surveys.updatePlans(id, plans, clock.instant());
    }

    /** Sends the survey; sending it again changes nothing (one submission). Expected in the top-ranked region. */
    public void submit(long id) {
        Survey survey = read(id);
        if (survey.submitted()) {
            return;
        }
        if (survey.nextStep() < 4) {
            throw new DomainProblem(ProblemType.VALIDATION, "kandas.submit.incomplete");
        }
        List<String> top = recommendations.forSurvey(survey).stream().map(r -> r.score().region().code()).toList();
        if (surveys.submit(id, top, clock.instant())) {
            audit.recordAs(AuditEvent.success("KANDAS_SURVEY_SUBMITTED", "kandas_survey", id), FAMILY, null);
        }
    }

    /** The family settles on one of its recommended regions; the akimat there now expects it. */
    public void choose(long id, String regionCode) {
        Survey survey = read(id);
        boolean recommended = survey.submitted() && recommendations.forSurvey(survey).stream()
                .anyMatch(r -> r.score().region().code().equals(regionCode));
        if (!recommended) {
            throw new DomainProblem(ProblemType.VALIDATION, "region", "kandas.choice.not-recommended");
        }
        surveys.expect(id, regionCode, clock.instant());
        audit.recordAs(AuditEvent.success("KANDAS_REGION_CHOSEN", "kandas_survey", id).because(AuditReason.of("region-chosen", ReasonArg.region(regionCode))), FAMILY, null);
    }

    /** What akimats have reserved for the family, by kind, with the region. */
    @Transactional(readOnly = true)
    public java.util.Map<ReservationKind, String> reservations(long id) {
        return surveys.reservations(id);
    }

    /** For the arrival step (border's {@code KandasReferences}): the region a submitted survey's family is expected in. */
    @Transactional(readOnly = true)
    public Optional<String> expectedRegion(String surveyReference) {
        return surveys.idOf(surveyReference).flatMap(surveys::find).filter(Survey::submitted).map(Survey::expectedRegion);
    }

    private void draft(long id) {
        if (read(id).submitted()) {
            throw new DomainProblem(ProblemType.CONFLICT, "kandas.survey.already-submitted");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
