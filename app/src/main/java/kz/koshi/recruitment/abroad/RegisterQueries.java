package kz.koshi.recruitment.abroad;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the register: counts by country and status, the persons behind a count, workers not heard from. */
@Repository
class RegisterQueries {

    /** Stays that overlap the period, optionally of one consulate's feed only. */
    private static final String IN_PERIOD = " from recruitment_abroad_stay where started_on <= :to and (ended_on is null or ended_on >= :from)"
            + " and (cast(:feed as varchar(40)) is null or consular_agency = :feed)";

    private final JdbcClient jdbc;

    RegisterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Count(String countryCode, LegalStatus status, long persons) {
    }

    /** Persons abroad during the period by country (null: not known) and status; {@code feed}: one consulate's registrations. */
    List<Count> counts(Period period, String feed) {
        return jdbc.sql("select country_code, legal_status, count(distinct person_number) as persons" + IN_PERIOD
                        + " group by country_code, legal_status")
                .param("from", period.from()).param("to", period.to()).param("feed", feed)
                .query((rs, n) -> new Count(rs.getString("country_code"), LegalStatus.valueOf(rs.getString("legal_status")),
                        rs.getLong("persons"))).list();
    }

    /** The stays behind one count ({@code country} "-" for a country not known), newest first, at most {@code limit}. */
    List<Stay> stays(Period period, String country, LegalStatus status, int limit) {
        return jdbc.sql("select id, person_number, country_code, legal_status, started_on, ended_on, return_reason, agency_code, "
                        + "contract_end, city, last_consular_on, referral_request_id" + IN_PERIOD
                        + " and (cast(:country as varchar(3)) is null or coalesce(country_code, '-') = :country)"
                        + " and (cast(:status as varchar(16)) is null or legal_status = :status) order by started_on desc, id desc limit :limit")
                .param("from", period.from()).param("to", period.to()).param("feed", null)
                .param("country", country).param("status", status == null ? null : status.name()).param("limit", limit)
                .query(StayRepository::stay).list();
    }

    /**
     * Placed workers still abroad whose contract ended on or before {@code contractEndedBy}, with no consular contact
     * since their contract started, by placing agency.
     */
    Map<String, Long> notHeardFrom(LocalDate contractEndedBy) {
        Map<String, Long> perAgency = new TreeMap<>();
        jdbc.sql("select agency_code, count(*) as workers from recruitment_abroad_stay where agency_code is not null and ended_on is null"
                        + " and contract_end <= ? and (last_consular_on is null or last_consular_on < contract_start) group by agency_code")
                .param(contractEndedBy)
                .query(rs -> {
                    perAgency.put(rs.getString("agency_code"), rs.getLong("workers"));
                });
        return perAgency;
    }
}
