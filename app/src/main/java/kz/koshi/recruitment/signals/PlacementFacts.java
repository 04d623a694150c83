package kz.koshi.recruitment.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.koshi.recruitment.PlacementReported;
import kz.koshi.recruitment.rules.RiskRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts of accepted placements the employer rule counts (ids, keys and days only); each placement once, even at once. */
@Repository
class PlacementFacts {

    /** An agency's placements to one employer: how many, since which day, and the employer's registration and name key. */
    record ToEmployer(String agencyCode, String employerKey, long placements, LocalDate first, String registration, String nameKey) {
    }

    private final JdbcClient jdbc;

    PlacementFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String record(PlacementReported p, LocalDate reportedOn) {
        String key = RiskRules.employerKey(p.employerRegistration(), p.employerNameKey());
        jdbc.sql("""
                insert into recruitment_signal_placement (placement_id, agency_code, employer_key, employer_registration,
                employer_name_key, country_code, reported_on) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(p.placementId(), p.agencyCode(), key, p.employerRegistration(), p.employerNameKey(), p.countryCode(),
                        reportedOn).update();
        return key;
    }

    Optional<ToEmployer> toEmployer(String agencyCode, String employerKey) {
        return jdbc.sql("""
                select agency_code, employer_key, count(*), min(reported_on), max(employer_registration), max(employer_name_key)
                from recruitment_signal_placement where agency_code = ? and employer_key = ? group by agency_code, employer_key""")
                .params(agencyCode, employerKey).query((rs, n) -> new ToEmployer(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6))).optional();
    }

    /** Agencies and employers with at least {@code placements} placements, for the daily look at protection's cases. */
    List<String[]> withAtLeast(int placements) {
        return jdbc.sql("""
                select agency_code, employer_key from recruitment_signal_placement group by agency_code, employer_key
                having count(*) >= ?""").param(placements).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }
}
