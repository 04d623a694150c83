package kz.koshi.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.recruitment.rules.ApplicationStatus;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's side: submitting, seeing and correcting its own applications, and nothing of anyone else's. */
@Service
@PreAuthorize("hasRole('AGENCY_OPERATOR')")
public class Applications {

    private final AgencyRepository agencies;
    private final ApplicationRepository applications;
    private final HistoryRepository history;
    private final ApplicationCheck check;
    private final PersonsBehind persons;
    private final Licences licences;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(AgencyRepository agencies, ApplicationRepository applications, HistoryRepository history, ApplicationCheck check,
                 PersonsBehind persons, Licences licences, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.licences = licences;
        this.agencies = agencies;
        this.applications = applications;
        this.history = history;
        this.check = check;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Agency agency() {
        return Applicant.current(agencies);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> mine() {
        return applications.ofAgency(Applicant.current(agencies).id());
    }

    /** One of the applicant's own applications; another agency's is "not found". */
    @Transactional(readOnly = true)
    public ApplicationView mine(long id) {
        long agency = Applicant.current(agencies).id();
        return applications.find(id).filter(a -> a.agencyId() == agency)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.application.not-found"));
    }

    /** Submits a new application; refused while another one is open or the agency holds a valid or suspended licence. */
    @Transactional
    public long submit(ApplicationForm form, ContractFile file) {
        Agency agency = Applicant.current(agencies);
        if (licences.standing(agency.agencyCode()).filter(LicenceStanding::running).isPresent()) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.application.licensed-already");
        }
        if (applications.ofAgency(agency.id()).stream().anyMatch(a -> !a.status().decided())) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.application.open-already");
        }
        List<String> countries = check.destinations(form);
        ContractFile contract = check.contract(file, true);
        List<ApplicationView.Behind> behind = persons.resolve(form.filledPersons());
        long id = applications.insert(agency.id(), agency.bin(), form, contract, clock.instant());
        applications.replaceDestinations(id, countries);
        applications.replacePersons(id, behind);
        agencies.rename(agency.id(), form.getLegalName().strip());
        record(agency, id, "APPLICATION_SUBMITTED");
        return id;
    }

    /** Resubmits an application sent back for corrections, with the corrected fields (and contract, if a new one came). */
    @Transactional
    public void correct(long id, ApplicationForm form, ContractFile file) {
        ApplicationView application = mine(id);
        if (!application.status().editableByApplicant()) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.application.not-editable");
        }
        List<String> countries = check.destinations(form);
        ContractFile contract = check.contract(file, false);
        List<ApplicationView.Behind> behind = persons.resolve(form.filledPersons());
        applications.resubmit(id, form, contract, clock.instant());
        applications.replaceDestinations(id, countries);
        applications.replacePersons(id, behind);
        record(Applicant.current(agencies), id, "APPLICATION_RESUBMITTED");
    }

    @Transactional(readOnly = true)
    public byte[] contract(long id) {
        return applications.contract(mine(id).id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history() {
        return history.ofAgency(Applicant.current(agencies).id());
    }

    private void record(Agency agency, long id, String act) {
        history.add(agency.id(), id, null, act, LocalDate.now(clock), clock.instant(), CurrentActor.name(), null);
        audit.record(AuditEvent.success(act, "recruitment_application", id));
        events.publishEvent(new ApplicationSubmitted(agency.agencyCode(), id, LocalDate.now(clock)));
    }
}
