package kz.koshi.protection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kz.koshi.protection.CaseRepository.instant;
import static kz.koshi.protection.CaseRepository.utc;

/** The persons, organisations and places named in cases, and those named in more than one. */
@Repository
class PartyRepository {

    record Stored(String personNumber, String identityRecordId, String matchKey) {
    }

    private record Sighting(String matchKey, PartyKind kind, String reference, PartyRole role, long caseId, String region,
                            int year, String agency) {
    }

    private final JdbcClient jdbc;
    private final KazakhstanCalendar calendar;

    PartyRepository(JdbcClient jdbc, KazakhstanCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    void insert(long caseId, NewParty p, Stored stored, String actor, Instant at) {
        jdbc.sql("""
                insert into protection_case_party (case_id, role, kind, person_number, identity_record_id, label, business_id,
                match_key, region_code, country, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, p.role().name(), p.kind().name(), stored.personNumber(), stored.identityRecordId(),
                        p.kind() == PartyKind.PERSON ? null : p.label(), p.businessId(), stored.matchKey(), p.regionCode(),
                        p.citizenship(), actor, utc(at)).update();
    }

    List<CaseFile.Party> ofCase(long caseId) {
        return jdbc.sql("select * from protection_case_party where case_id = ? order by recorded_at, id").param(caseId)
                .query((rs, n) -> new CaseFile.Party(rs.getLong("id"), PartyRole.valueOf(rs.getString("role")),
                        PartyKind.valueOf(rs.getString("kind")), rs.getString("person_number"), rs.getString("label"),
                        rs.getString("business_id"), rs.getString("region_code"), rs.getString("country"))).list();
    }

    /** Parties named in at least two different cases, most cases first. */
    List<RecurringParty> recurring() {
        List<Sighting> sightings = jdbc.sql("""
                select p.match_key, p.kind, coalesce(p.person_number, p.business_id, p.label) as reference, p.role, p.case_id,
                coalesce(p.region_code, c.region_code) as region, c.opened_at, c.owner_agency_code
                from protection_case_party p join protection_case c on c.id = p.case_id
                where p.match_key in (select match_key from protection_case_party group by match_key
                                      having count(distinct case_id) > 1)""")
                .query((rs, n) -> new Sighting(rs.getString("match_key"), PartyKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"), PartyRole.valueOf(rs.getString("role")), rs.getLong("case_id"),
                        rs.getString("region"), calendar.dayOf(instant(rs, "opened_at")).getYear(),
                        rs.getString("owner_agency_code"))).list();
        Map<String, List<Sighting>> byKey = new TreeMap<>();
        sightings.forEach(s -> byKey.computeIfAbsent(s.matchKey(), k -> new ArrayList<>()).add(s));
        return byKey.values().stream().map(PartyRepository::summary)
                .sorted((a, b) -> Long.compare(b.cases(), a.cases())).toList();
    }

    private static RecurringParty summary(List<Sighting> list) {
        Sighting first = list.getFirst();
        return new RecurringParty(first.kind(), first.reference(),
                list.stream().map(Sighting::role).distinct().sorted().toList(),
                list.stream().map(Sighting::caseId).distinct().count(),
                list.stream().map(Sighting::region).filter(r -> r != null).distinct().sorted().toList(),
                list.stream().map(Sighting::year).distinct().sorted().toList(),
                list.stream().map(Sighting::agency).distinct().sorted().toList());
    }
}
