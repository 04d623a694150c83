package kz.koshi.kandas;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labour authority's side: quota use by region, and the vacancy feed (CSV by upload or API). A feed is applied
 * whole or not at all: one bad row refuses the file and every bad row is reported with its line; a good feed
 * replaces the counts of the regions and professions it names (sending it twice changes nothing more).
 */
@Service
@Transactional
@PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_kandas:labour')")
public class LabourDesk {

    /** Counts without a person in them: the labour authority, and the commission's analysts. */
    static final String COUNTS = "hasAnyRole('LABOUR_OFFICER', 'ANALYST') or hasAuthority('SCOPE_kandas:labour')";

    static final String HEADER = "region_code,profession,vacancies,as_of";
    static final int MAX_ROWS = 20_000;

    private final JdbcClient jdbc;
    private final SettlementFacts facts;
    private final ReferenceData reference;
    private final KandasProperties properties;
    private final AuditTrail audit;
    private final SettlementRecords settlements;
    private final Clock clock;

    LabourDesk(JdbcClient jdbc, SettlementFacts facts, ReferenceData reference, KandasProperties properties, AuditTrail audit,
               SettlementRecords settlements, Clock clock) {
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.facts = facts;
        this.reference = reference;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(COUNTS)
    @Transactional(readOnly = true)
    public List<QuotaUse> quotaUse() {
        LocalDate today = LocalDate.now(clock);
        Set<String> priority = properties.priorityOn(today);
        Map<String, Integer> persons = facts.personsArriving(today.getYear());
        Map<String, Integer> vacancies = facts.vacancies().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().values().stream().mapToInt(Integer::intValue).sum()));
        return reference.regionsOn(today).stream().map(r -> new QuotaUse(r, properties.quota().get(r.code()),
                persons.getOrDefault(r.code(), 0), priority.contains(r.code()), vacancies.getOrDefault(r.code(), 0))).toList();
    }

    /** Whether recommendations were followed by the families who arrived: counts only (no family is named). */
    @PreAuthorize(COUNTS)
    @Transactional(readOnly = true)
    public RecommendationsFollowed recommendationsFollowed() {
        return settlements.followed();
    }

    public VacancyImport importFeed(String csv) {
        LocalDate today = LocalDate.now(clock);
        Set<String> regions = reference.regionsOn(today).stream().map(Region::code).collect(Collectors.toSet());
        List<String> lines = csv == null ? List.of() : csv.lines().toList();
        List<VacancyRow> rows = new ArrayList<>();
        List<VacancyImport.RefusedRow> refused = new ArrayList<>();
        if (csv == null || csv.replace("\uFEFF", "").isBlank()) {
            refused.add(new VacancyImport.RefusedRow(1, VacancyImport.FEED_EMPTY));
        } else if (!lines.getFirst().strip().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
            refused.add(new VacancyImport.RefusedRow(1, "kandas.vacancies.header"));
        } else if (lines.size() > MAX_ROWS + 1) {
            refused.add(new VacancyImport.RefusedRow(MAX_ROWS + 2, "kandas.vacancies.too-many"));
        } else {
            read(lines, regions, today, rows, refused);
        }
        if (!refused.isEmpty() || rows.isEmpty()) {
            List<VacancyImport.RefusedRow> reported = refused.isEmpty() ? List.of(new VacancyImport.RefusedRow(1, "kandas.vacancies.empty")) : refused;
            audit.record(AuditEvent.success("KANDAS_VACANCIES_REFUSED", "kandas_vacancy", null).because(AuditReason.of("rows-refused", ReasonArg.number(reported.size()))));
            return new VacancyImport(0, reported);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (VacancyRow row : rows) {
            jdbc.sql("delete from kandas_vacancy where region_code = ? and profession = ?").params(row.region(), row.profession().name()).update();
            jdbc.sql("insert into kandas_vacancy (region_code, profession, vacancies, as_of, imported_at) values (?, ?, ?, ?, ?)")
                    .params(row.region(), row.profession().name(), row.vacancies(), row.asOf(), now).update();
        }
        audit.record(AuditEvent.success("KANDAS_VACANCIES_IMPORTED", "kandas_vacancy", null).because(AuditReason.of("rows-imported", ReasonArg.number(rows.size()))));
        return new VacancyImport(rows.size(), List.of());
    }

    private static void read(List<String> lines, Set<String> regions, LocalDate today, List<VacancyRow> rows,
                             List<VacancyImport.RefusedRow> refused) {
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Object read = VacancyRow.read(i + 1, lines.get(i), regions, today);
            if (read instanceof VacancyRow row && !seen.add(row.region() + "/" + row.profession())) {
                refused.add(new VacancyImport.RefusedRow(i + 1, "kandas.vacancies.row.twice"));
            } else if (read instanceof VacancyRow row) {
                rows.add(row);
            } else {
                refused.add(new VacancyImport.RefusedRow(i + 1, (String) read));
            }
        }
    }

    /** The professions a feed may name. */
    public static List<Profession> professions() {
        return java.util.Arrays.stream(Profession.values()).filter(Profession::seeksWork).toList();
    }
}
