package kz.koshi.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.recruitment.rules.ApplicationStatus;
import kz.koshi.recruitment.rules.ChecklistItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private static final String COLUMNS = """
            id, agency_id, legal_name, bin, legal_address, actual_address, worker_fee, fee_terms, status, checklist,
            submitted_at, decided_at, reason, contract_name""";

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long agencyId, String bin, ApplicationForm f, ContractFile contract, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recruitment_application (agency_id, legal_name, bin, legal_address, actual_address, worker_fee,
                  fee_terms, contract_pdf, contract_name, status, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agencyId, f.getLegalName().strip(), bin, f.getLegalAddress().strip(), f.getActualAddress().strip(),
                        f.getWorkerFee(), f.getFeeTerms().strip(), contract.content(), contract.name(),
                        ApplicationStatus.SUBMITTED.name(), utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /** A corrected application: its fields, and its contract when a new one came; submitted again. */
    void resubmit(long id, ApplicationForm f, ContractFile contract, Instant now) {
        jdbc.sql("""
                update recruitment_application set legal_name = ?, legal_address = ?, actual_address = ?, worker_fee = ?,
                  fee_terms = ?, status = ?, submitted_at = ?, version = version + 1 where id = ?""")
                .params(f.getLegalName().strip(), f.getLegalAddress().strip(), f.getActualAddress().strip(), f.getWorkerFee(),
                        f.getFeeTerms().strip(), ApplicationStatus.SUBMITTED.name(), utc(now), id).update();
        if (contract != null) {
            jdbc.sql("update recruitment_application set contract_pdf = ?, contract_name = ? where id = ?")
                    .params(contract.content(), contract.name(), id).update();
        }
    }

    void replaceDestinations(long id, List<String> countries) {
        jdbc.sql("delete from recruitment_application_destination where application_id = ?").param(id).update();
        countries.forEach(c -> jdbc.sql("insert into recruitment_application_destination (application_id, country) values (?, ?)")
                .params(id, c).update());
    }

    void replacePersons(long id, List<ApplicationView.Behind> persons) {
        jdbc.sql("delete from recruitment_application_person where application_id = ?").param(id).update();
        persons.forEach(p -> jdbc.sql("insert into recruitment_application_person (application_id, role, person_number) values (?, ?, ?)")
                .params(id, p.role().name(), p.personNumber()).update());
    }

    /** Moves a submitted application on; false when it was not in {@code from} any more (someone else decided). */
    boolean decide(long id, ApplicationStatus from, ApplicationStatus to, Set<ChecklistItem> checklist, String reason, Instant now) {
        String ticks = checklist.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return jdbc.sql("""
                update recruitment_application set status = ?, checklist = ?, reason = ?, decided_at = ?, version = version + 1
                where id = ? and status = ?""")
                .params(to.name(), ticks, reason, utc(now), id, from.name()).update() == 1;
    }

    Optional<ApplicationView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from recruitment_application where id = ?").param(id)
                .query((rs, n) -> map(rs)).optional().map(this::withLists);
    }

    List<ApplicationView> ofAgency(long agencyId) {
        return jdbc.sql("select " + COLUMNS + " from recruitment_application where agency_id = ? order by id desc").param(agencyId)
                .query((rs, n) -> map(rs)).list().stream().map(this::withLists).toList();
    }

    List<ApplicationView> inStatus(ApplicationStatus status) {
        return jdbc.sql("select " + COLUMNS + " from recruitment_application where status = ? order by submitted_at, id")
                .param(status.name()).query((rs, n) -> map(rs)).list().stream().map(this::withLists).toList();
    }

    Optional<byte[]> contract(long id) {
        return jdbc.sql("select contract_pdf from recruitment_application where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private ApplicationView withLists(ApplicationView a) {
        List<String> countries = jdbc.sql("select country from recruitment_application_destination where application_id = ? order by country")
                .param(a.id()).query(String.class).list();
        List<ApplicationView.Behind> persons = jdbc.sql(
                        "select role, person_number from recruitment_application_person where application_id = ? order by role, person_number")
                .param(a.id()).query((rs, n) -> new ApplicationView.Behind(PersonRole.valueOf(rs.getString(1)), rs.getString(2))).list();
        return new ApplicationView(a.id(), a.agencyId(), a.legalName(), a.bin(), a.legalAddress(), a.actualAddress(), a.workerFee(),
                a.feeTerms(), a.status(), a.checklist(), a.submittedAt(), a.decidedAt(), a.reason(), a.contractName(), countries, persons);
    }

    private static ApplicationView map(ResultSet rs) throws SQLException {
        Set<ChecklistItem> ticks = EnumSet.noneOf(ChecklistItem.class);
        Arrays.stream(rs.getString("checklist").split(",")).filter(s -> !s.isBlank()).map(ChecklistItem::valueOf).forEach(ticks::add);
        return new ApplicationView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("legal_name"), rs.getString("bin"),
                rs.getString("legal_address"), rs.getString("actual_address"), rs.getBigDecimal("worker_fee"), rs.getString("fee_terms"),
                ApplicationStatus.valueOf(rs.getString("status")), ticks, instant(rs, "submitted_at"), instant(rs, "decided_at"),
                rs.getString("reason"), rs.getString("contract_name"), List.of(), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
