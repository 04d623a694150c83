package kz.koshi.recruitment;

import java.util.List;
import java.util.Locale;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public licence check: agencies that hold or held a licence, found by BIN (exactly) or by a part of the name
 * (any case). Agencies that only applied are not shown (an application is not public). At most 20 answers.
 */
@Service
public class PublicRegister {

    static final int MAX_ANSWERS = 20;

    private final JdbcClient jdbc;
    private final Licences licences;
    private final LicenceRepository licenceRows;
    private final HistoryRepository history;

    PublicRegister(JdbcClient jdbc, Licences licences, LicenceRepository licenceRows, HistoryRepository history) {
        this.jdbc = jdbc;
        this.licences = licences;
        this.licenceRows = licenceRows;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public List<PublicAgency> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < 3 || q.length() > 100) {
            throw new DomainProblem(ProblemType.VALIDATION, "query", "recruitment.public.query-size");
        }
        String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select a.id, a.agency_code, a.legal_name, a.bin from recruitment_agency a
                where exists (select 1 from recruitment_licence l where l.agency_id = a.id)
                  and (a.bin = ? or lower(a.legal_name) like ? escape '\\') order by a.legal_name, a.id""")
                .params(q, pattern).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream().limit(MAX_ANSWERS).map(this::answer).toList();
    }

    private PublicAgency answer(Object[] row) {
        LicenceStanding s = licences.standing((String) row[1]).orElseThrow();
        long licenceId = licenceRows.byNumber(s.number()).orElseThrow().id();
        List<PublicAgency.Act> acts = history.publicActs(licenceId).stream().map(h -> new PublicAgency.Act(h.act(), h.on())).toList();
        return new PublicAgency((String) row[2], (String) row[3], s.number(), s.status(), s.validFrom(), s.validTo(), s.destinations(), acts);
    }
}
