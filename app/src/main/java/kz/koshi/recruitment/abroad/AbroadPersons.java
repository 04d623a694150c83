package kz.koshi.recruitment.abroad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.employment.ContactChannel;
import kz.koshi.employment.EmploymentReferrals;
import kz.koshi.employment.NewReferral;
import kz.koshi.employment.ReferralProgramme;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labour authority's work with persons in the register: the persons behind a count (read audited), a return
 * reported back, a returning worker's referral to a career centre (as every programme's, through employment, with
 * the person's consent recorded), and the workers not heard from by agency.
 */
@Service
@Transactional
@PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_abroad:read')")
public class AbroadPersons {

    static final int LIMIT = 200;

    private final RegisterQueries queries;
    private final StayRepository stays;
    private final IdentityResolution identity;
    private final EmploymentReferrals referrals;
    private final WorkersNotHeardFrom silent;
    private final AuditTrail audit;
    private final Clock clock;

    AbroadPersons(RegisterQueries queries, StayRepository stays, IdentityResolution identity, EmploymentReferrals referrals,
                  WorkersNotHeardFrom silent, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.stays = stays;
        this.identity = identity;
        this.referrals = referrals;
        this.silent = silent;
        this.audit = audit;
        this.clock = clock;
    }

    /** The persons behind one count ({@code country} "-" for not known, null for every country), at most {@value #LIMIT}. */
    public List<PersonLine> lines(Integer year, String country, LegalStatus status) {
        Period period = Period.of(year, LocalDate.now(clock));
        List<PersonLine> lines = queries.stays(period, country, status, LIMIT).stream().map(this::line).toList();
        audit.record(AuditEvent.success("ABROAD_PERSONS_VIEWED", "abroad_register", null).because(AuditReason.of("persons-listed", ReasonArg.number(lines.size()))));
        return lines;
    }

    /** One line of the register, for the person's page in it (read audited). */
    public PersonLine line(long stayId) {
        PersonLine line = line(stay(stayId));
        audit.record(AuditEvent.success("ABROAD_PERSON_VIEWED", "abroad_register", stayId));
        return line;
    }

    public Map<String, Long> notHeardFrom() {
        return silent.perAgency();
    }

    /** The person, typed as 05.05.2026 or ISO, came back on that day. */
    @PreAuthorize("hasRole('LABOUR_OFFICER')")
    public void reportedBack(long stayId, String typedDay) {
        Stay stay = stay(stayId);
        LocalDate day = typedDay == null ? null : ConsularLine.day(typedDay.strip());
        if (day == null || !DateMeaning.EVENT.allows(day, LocalDate.now(clock)) || day.isBefore(stay.startedOn())) {
            throw new DomainProblem(ProblemType.VALIDATION, "returnedOn", "abroad.return.day-invalid");
        }
        if (stay.returned() || !stays.end(stayId, day, ReturnReason.REPORTED_BACK)) {
            throw new DomainProblem(ProblemType.VALIDATION, "returnedOn", "abroad.return.already");
        }
        audit.record(AuditEvent.success("ABROAD_RETURN_RECORDED", "abroad_register", stayId));
    }

    /** Refers the returned worker to a career centre; returns the support request's id. */
    @PreAuthorize("hasRole('LABOUR_OFFICER')")
    public long refer(long stayId, ReturnReferral referral) {
        Stay stay = stay(stayId);
        if (!referral.consented()) {
            throw new DomainProblem(ProblemType.VALIDATION, "consent", "abroad.referral.consent-needed");
        }
        if (!stay.returned()) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "abroad.referral.not-returned");
        }
        if (stay.referralRequestId() != null) {
            throw new DomainProblem(ProblemType.VALIDATION, "regionCode", "abroad.referral.already");
        }
        String phone = referral.phone() == null || referral.phone().isBlank() ? null : referral.phone().strip();
        if (phone != null && (phone.length() > 40 || !phone.matches("[+0-9 ()-]*"))) {
            throw new DomainProblem(ProblemType.VALIDATION, "phone", "employment.referral.phone-invalid");
        }
        long request = referrals.refer(new NewReferral(stay.personNumber(), ReferralProgramme.RETURNING_CITIZEN, referral.regionCode(),
                phone, Set.of(), null, null, phone == null ? Set.of() : Set.of(ContactChannel.PHONE)));
        stays.referred(stayId, request, LocalDate.now(clock));
        audit.record(AuditEvent.success("ABROAD_REFERRAL_MADE", "abroad_register", stayId));
        return request;
    }

    private Stay stay(long id) {
        return stays.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "abroad.stay.not-found"));
    }

    private PersonLine line(Stay stay) {
        PersonSummary p = identity.registered(stay.personNumber()).orElse(null);
        String name = p == null ? stay.personNumber() : Stream.of(p.surname(), p.givenName(), p.patronymic())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return new PersonLine(stay, name, p == null ? null : p.birthDate());
    }
}
