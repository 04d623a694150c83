package kz.koshi.reporting.protection;

import kz.koshi.protection.CaseFacts;
import kz.koshi.protection.ServicePeriodExtended;
import kz.koshi.protection.VictimAdmitted;
import kz.koshi.protection.VictimCaseClosed;
import kz.koshi.protection.VictimIdentified;
import kz.koshi.protection.VictimOutcomeRecorded;
import kz.koshi.reporting.Projection;
import kz.koshi.reporting.readmodel.Cells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Protection's events as rows of {@code rep_protection_fact}, one per fact (keyed by the fact and its id, so an event
 * delivered twice is kept once); emptied and replayed from the event publication registry on a rebuild.
 */
@Component
class ProtectionFacts implements Projection {

    private final JdbcClient jdbc;

    ProtectionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(VictimIdentified e) {
        insert("IDENTIFIED", e.caseId(), e.caseId(), e.identifiedOn(), null, e.facts(), null, null);
    }

    @ApplicationModuleListener
    void on(VictimAdmitted e) {
        insert("ADMITTED", e.caseId(), e.caseId(), e.admittedOn(), e.endsOn(), e.facts(), null, e.centreCode());
    }

    @ApplicationModuleListener
    void on(ServicePeriodExtended e) {
        insert("EXTENDED", e.extensionId(), e.caseId(), e.approvedOn(), e.endsOn(), e.facts(), e.reason(), e.centreCode());
    }

    @ApplicationModuleListener
    void on(VictimOutcomeRecorded e) {
        insert("OUTCOME", e.outcomeId(), e.caseId(), e.recordedOn(), null, e.facts(), e.kind().name(), null);
    }

    @ApplicationModuleListener
    void on(VictimCaseClosed e) {
        insert("CLOSED", e.caseId(), e.caseId(), e.closedOn(), null, e.facts(), e.reason().name(), null);
    }

    @Override
    public void clear() {
        jdbc.sql("delete from rep_protection_fact").update();
    }

    private void insert(String fact, long sourceId, long caseId, java.time.LocalDate day, java.time.LocalDate endsOn,
                        CaseFacts f, String kind, String centre) {
        jdbc.sql("""
                insert into rep_protection_fact (fact, source_id, case_id, on_day, ends_on, region_code, citizenship, sex,
                age_group, exploitation, pathway, kind, centre_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(fact, sourceId, caseId, day, endsOn, f.regionCode(), f.citizenship(), code(f.sex()), code(f.ageGroup()),
                        f.exploitation().name(), f.pathway().name(), kind, centre).update();
    }

    private static String code(Enum<?> value) {
        return value == null ? Cells.UNKNOWN : value.name();
    }
}
