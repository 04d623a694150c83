package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.kandas.engine.SupportKind;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The akimat's side: the families expected in its own region (a read of personal data, audited), its offer to
 * newcomers, and reservations of housing or support for a family expected there.
 */
@Service
@Transactional
@PreAuthorize("hasRole('AKIMAT_OFFICER') or hasAuthority('SCOPE_kandas:settle')")
public class Settlement {

    private final JdbcClient jdbc;
    private final SurveyRecords surveys;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final SettlementRecords settlements;
    private final Clock clock;

    Settlement(JdbcClient jdbc, SurveyRecords surveys, ReferenceData reference, AuditTrail audit, SettlementRecords settlements,
               Clock clock) {
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    public String myRegion() {
        return Officer.current(reference).regionCode();
    }

    public List<ExpectedFamily> expectedFamilies() {
        String region = myRegion();
        List<ExpectedFamily> families = jdbc.sql("""
                select id, reference, arrival_date, contact_name, contact_phone, contact_email, housing_need, current_region from kandas_survey
                where status = 'SUBMITTED' and (expected_region = ? or id in (select l.survey_id from (""" + SettlementRecords.LATEST + """
                ) l where l.region_code = ?)) order by arrival_date, reference""").params(region, region)
                .query((rs, n) -> family(rs.getLong("id"), rs.getString("reference"), rs.getObject("arrival_date", LocalDate.class),
                        rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"),
                        HousingNeed.valueOf(rs.getString("housing_need")), rs.getString("current_region"))).list();
        audit.record(AuditEvent.success("KANDAS_FAMILIES_READ", "kandas_survey", null).because(AuditReason.of("families-listed", ReasonArg.region(region), ReasonArg.number(families.size()))));
        return families;
    }

    private ExpectedFamily family(long id, String ref, LocalDate arrival, String name, String phone, String email, HousingNeed housing,
                                  String resettlerFrom) {
        List<MemberAnswer> members = surveys.members(id);
        Set<Profession> professions = members.stream().map(MemberAnswer::profession).filter(Profession::seeksWork)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Profession.class)));
        List<ReservationKind> reserved = jdbc.sql("select kind from kandas_reservation where survey_id = ? order by kind").param(id)
                .query((rs, n) -> ReservationKind.valueOf(rs.getString(1))).list();
        List<String> arrived = jdbc.sql("select person_number from kandas_arrival where survey_id = ? order by arrived_on, person_number")
                .param(id).query(String.class).list();
        return new ExpectedFamily(ref, arrival, members.size(), professions, housing, name, phone, email, reserved,
                settlements.progress(id), arrived, resettlerFrom);
    }

    /** The same refusal whether the reference does not exist or the family is expected elsewhere. */
    public void reserve(String surveyReference, ReservationKind kind) {
        String region = myRegion();
        Long id = jdbc.sql("select id from kandas_survey where reference = ? and status = 'SUBMITTED' and expected_region = ?")
                .params(surveyReference, region).query(Long.class).optional().orElse(null);
        if (id == null) {
            audit.recordSeparately(new AuditEvent("KANDAS_RESERVATION_DENIED", "kandas_survey", null, null, AuditOutcome.DENIED));
            throw new DomainProblem(ProblemType.NOT_FOUND, "reference", "kandas.family.not-found");
        }
        if (kind == ReservationKind.HOUSING && offer().housingPlaces() < 1) {
            throw new DomainProblem(ProblemType.CONFLICT, "kind", "kandas.reservation.no-places");
        }
        int added = jdbc.sql("""
                insert into kandas_reservation (survey_id, kind, region_code, reserved_by, reserved_at)
                select ?, ?, ?, ?, ? where not exists (select 1 from kandas_reservation where survey_id = ? and kind = ?)""")
                .params(id, kind.name(), region, Officer.current(reference).name(), OffsetDateTime.now(clock), id, kind.name()).update();
        if (added == 1) {
            audit.record(AuditEvent.success("KANDAS_RESERVATION_MADE", "kandas_survey", id).because(AuditReason.of("reservation-made", ReasonArg.label("audit.reason.reservation.", kind))));
        }
    }

    /** The akimat's offer, its free housing places after its reservations. */
    @Transactional(readOnly = true)
    public RegionOffer offer() {
        String region = myRegion();
        return jdbc.sql("""
                select housing_places - (select count(*) from kandas_reservation r where r.region_code = o.region_code
                    and r.kind = 'HOUSING'), support from kandas_region_offer o where region_code = ?""").param(region)
                .query((rs, n) -> new RegionOffer(region, Math.max(0, rs.getInt(1)), SettlementFacts.support(rs.getString(2))))
                .optional().orElse(RegionOffer.none(region));
    }

    /** The akimat's offer as it entered it: housing places in all, reserved ones included. */
    @Transactional(readOnly = true)
    public OfferForm offerAsEntered() {
        return jdbc.sql("select housing_places, support from kandas_region_offer where region_code = ?").param(myRegion())
                .query((rs, n) -> new OfferForm(rs.getInt(1), SettlementFacts.support(rs.getString(2)).stream().sorted().toList()))
                .optional().orElse(new OfferForm(0, List.of()));
    }

    /** Sets the akimat's offer: the housing places it has in all (reserved ones included) and its other support. */
    public void setOffer(OfferForm form) {
        String region = myRegion();
        if (reference.regionsOn(LocalDate.now(clock)).stream().noneMatch(r -> r.code().equals(region))) {
            throw new DomainProblem(ProblemType.VALIDATION, "kandas.offer.no-region");
        }
        String support = form.support().stream().sorted().map(SupportKind::name).collect(Collectors.joining(","));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("update kandas_region_offer set housing_places = ?, support = ?, updated_by = ?, updated_at = ? where region_code = ?")
                .params(form.housingPlaces(), support, Officer.current(reference).name(), now, region).update();
        if (updated == 0) {
            jdbc.sql("insert into kandas_region_offer (region_code, housing_places, support, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(region, form.housingPlaces(), support, Officer.current(reference).name(), now).update();
        }
        audit.record(AuditEvent.success("KANDAS_OFFER_SET", "kandas_region_offer", region));
    }
}
