package kz.koshi.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kz.koshi.DatabaseTest;
import kz.koshi.protection.Admission;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.Closure;
import kz.koshi.protection.ClosureReason;
import kz.koshi.protection.ExploitationType;
import kz.koshi.protection.ExtensionRequest;
import kz.koshi.protection.IdentificationPathway;
import kz.koshi.protection.Indicator;
import kz.koshi.protection.NewOutcome;
import kz.koshi.protection.NewReferral;
import kz.koshi.protection.NewScreening;
import kz.koshi.protection.OutcomeKind;
import kz.koshi.protection.ReferralDecision;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.RepresentativeRelation;
import kz.koshi.protection.ServiceType;
import kz.koshi.protection.SpecialSocialServices;
import kz.koshi.protection.rules.ExtensionReason;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.protection.statistics.CountBy;
import kz.koshi.protection.statistics.CountFilter;
import kz.koshi.protection.statistics.ProtectionCount;
import kz.koshi.protection.statistics.ProtectionCounts;
import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: every protection figure the reporting module counts from protection's events is recounted from protection's
 * own tables (its counting API, {@code protection :: statistics}) and must agree, by every dimension and under several
 * filters. Other tests change protection's tables behind its back (SQL updates), so what is compared is what this
 * test's cases add to each count: both sides before, the cases made through protection's services, both sides after.
 */
@DatabaseTest
class ProtectionFiguresRecountTest {

    private static final String CENTRE = "CRISIS-KZ-71";
    private static final Map<Figure, ProtectionCount> SAME = Map.of(Figure.VICTIMS_IDENTIFIED, ProtectionCount.IDENTIFIED,
            Figure.CASES_OPENED, ProtectionCount.IDENTIFIED, Figure.VICTIMS_SERVED, ProtectionCount.SERVED,
            Figure.SERVICE_EXTENSIONS, ProtectionCount.EXTENSIONS, Figure.CASE_OUTCOMES, ProtectionCount.OUTCOMES,
            Figure.CASES_CLOSED, ProtectionCount.CLOSED, Figure.CENTRE_OCCUPANCY, ProtectionCount.OCCUPANCY);

    @Autowired
    FigureQueries figures;
    @Autowired
    ProtectionCounts protection;
    @Autowired
    CaseManagement cases;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    SpecialSocialServices services;
    @Autowired
    UserDetailsService officers;
    @Autowired
    JdbcClient jdbc;

    private static final int PLACES_TAKEN = 6;

    private int capacityBefore;

    @BeforeEach
    void placesForThisTest() {
        capacityBefore = jdbc.sql("select capacity from protection_centre where agency_code = ?").param(CENTRE).query(Integer.class).single();
        jdbc.sql("update protection_centre set capacity = 1000 where agency_code = ?").param(CENTRE).update();
    }

    /**
     * The cases this test leaves open keep their places, so the centre gets back the room it had for the other tests of
     * the run (they share the database and refer to this centre): its capacity before plus the places taken here.
     */
    @AfterEach
    void capacityBack() {
        jdbc.sql("update protection_centre set capacity = ? where agency_code = ?").params(capacityBefore + PLACES_TAKEN, CENTRE)
                .update();
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachProtectionFigureAgreesWithProtectionsOwnCountByEveryDimensionAndFilter() throws InterruptedException {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        List<ReportFilter> filters = List.of(ReportFilter.period(today.minusYears(1), today),
                ReportFilter.period(today.minusDays(40), today.minusDays(10)),
                new ReportFilter(today.minusYears(1), today, "KZ-75", null, null, null),
                new ReportFilter(today.minusYears(1), today, null, "UZB", Sex.FEMALE, null),
                new ReportFilter(today.minusYears(1), today, null, null, null, AgeGroup.UNDER_18));
        as("analyst");
        Map<String, Map<String, Long>> reportingBefore = reporting(filters);
        Map<String, Map<String, Long>> protectionBefore = protection(filters);
        makeCases(today);
        as("analyst");
        Map<String, Map<String, Long>> expected = delta(protection(filters), protectionBefore);
        Map<String, Map<String, Long>> counted = Map.of();
        for (int attempt = 0; attempt < 100 && !expected.equals(counted); attempt++) {
            Thread.sleep(100); // the listeners run after each commit, on their own threads
            counted = delta(reporting(filters), reportingBefore);
        }
        assertThat(counted).isEqualTo(expected);
        assertThat(expected.get("VICTIMS_SERVED TOTAL " + filters.getFirst()).get("TOTAL")).isEqualTo(6);
        assertThat(expected.get("VICTIMS_SERVED SEX " + filters.getFirst())).containsEntry("MALE", 3L).containsEntry("FEMALE", 3L);
        assertThat(expected.get("CASES_OPENED TOTAL " + filters.getFirst()).get("TOTAL")).isEqualTo(8);
        assertThat(expected.get("SERVICE_EXTENSIONS KIND " + filters.getFirst())).containsEntry("CRIMINAL_PROCEEDINGS", 1L);
        assertThat(expected.get("CASES_CLOSED KIND " + filters.getFirst())).containsEntry("REPATRIATED", 2L);
        assertThat(expected.get("VICTIMS_SERVED TOTAL " + filters.get(1)).get("TOTAL")).isEqualTo(3);
    }

    @Test
    void aFilterTheFigureDoesNotCarryOrABrokenPeriodIsRefusedNotIgnored() {
        LocalDate today = LocalDate.now();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figures.count(Figure.HOTLINE_CALLS, Dimension.TOTAL,
                new ReportFilter(today.minusDays(1), today, null, "UZB", null, null))).isInstanceOf(kz.koshi.shared.DomainProblem.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figures.count(Figure.VICTIMS_SERVED, Dimension.TOTAL,
                ReportFilter.period(today, today.minusDays(1)))).isInstanceOf(kz.koshi.shared.DomainProblem.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figures.count(Figure.VICTIMS_SERVED, Dimension.MONTH,
                ReportFilter.period(today.minusDays(1), today))).isInstanceOf(kz.koshi.shared.DomainProblem.class);
        assertThat(figures.count(Figure.VICTIMS_IDENTIFIED, Dimension.MONTH, ReportFilter.period(LocalDate.of(2001, 1, 1),
                LocalDate.of(2001, 3, 31))).cells()).extracting(Cell::key).containsExactly("2001-01", "2001-02", "2001-03");
    }

    /** Eight presumed victims: six admitted (one extended, four closed at various days), two only identified. */
    private void makeCases(LocalDate today) {
        as("social");
        long a = screen("KAZ", "M", LocalDate.of(1990, 1, 1), "KZ-75", ExploitationType.LABOUR, IdentificationPathway.RAID);
        serve(a, today.minusDays(100), ResidenceCategory.CITIZEN, false);
        close(a, today.minusDays(50), ClosureReason.REINTEGRATED);
        long b = screen("UZB", "F", LocalDate.of(1999, 5, 5), "KZ-75", ExploitationType.SEXUAL, IdentificationPathway.HOTLINE);
        serve(b, today.minusDays(30), ResidenceCategory.LABOUR_MIGRANT, false);
        cases.recordOutcome(b, new NewOutcome(OutcomeKind.DOCUMENTS_RESTORED, today.minusDays(20), null, null, null));
        cases.recordOutcome(b, new NewOutcome(OutcomeKind.REPATRIATION, today.minusDays(12), null, null, null));
        close(b, today.minusDays(12), ClosureReason.REPATRIATED);
        long c = screen("KAZ", "F", today.minusYears(15), "KZ-71", ExploitationType.SEXUAL, IdentificationPathway.NGO_OUTREACH);
        serve(c, today.minusDays(45), ResidenceCategory.CITIZEN, true);
        long d = screen("KGZ", "M", LocalDate.of(1980, 2, 2), "KZ-79", ExploitationType.LABOUR, IdentificationPathway.BORDER_CHECK);
        serve(d, today.minusDays(170), ResidenceCategory.LABOUR_MIGRANT, false);
        long extension = services.requestExtension(d, new ExtensionRequest(ExtensionReason.CRIMINAL_PROCEEDINGS,
                today.minusDays(170).plusMonths(8)));
        long e = screen("UZB", "F", LocalDate.of(2001, 7, 7), "KZ-75", ExploitationType.LABOUR, IdentificationPathway.SELF_REFERRAL);
        serve(e, today.minusDays(9), ResidenceCategory.TEMPORARY_RESIDENT, false);
        cases.recordOutcome(e, new NewOutcome(OutcomeKind.REPATRIATION, today.minusDays(2), null, null, null));
        close(e, today.minusDays(2), ClosureReason.REPATRIATED);
        long f = screen("KAZ", "M", LocalDate.of(1970, 3, 3), "KZ-35", ExploitationType.FORCED_CRIMINALITY, IdentificationPathway.OTHER_AGENCY);
        serve(f, today.minusDays(300), ResidenceCategory.CITIZEN, false);
        close(f, today.minusDays(280), ClosureReason.EMPLOYED);
        screen("TJK", "M", LocalDate.of(1995, 4, 4), "KZ-61", ExploitationType.LABOUR, IdentificationPathway.RAID);
        screen("KAZ", "F", null, "KZ-75", ExploitationType.OTHER, IdentificationPathway.HOTLINE);
        as("supervisor");
        services.decideExtension(extension, true);
    }

    private long screen(String citizenship, String sex, LocalDate born, String region, ExploitationType exploitation,
                        IdentificationPathway pathway) {
        return cases.screen(new NewScreening(pathway, exploitation, !"KAZ".equals(citizenship), Set.of(Indicator.THREATS), true,
                "Тест: признаки эксплуатации.", null, "Тест", null, born, sex, citizenship, null, region, null)).caseId();
    }

    private void serve(long caseId, LocalDate admittedOn, ResidenceCategory residence, boolean child) {
        Set<ServiceType> needs = Set.of(ServiceType.PSYCHOLOGICAL);
        NewReferral referral = child ? new NewReferral(CENTRE, needs, true, "Мать", RepresentativeRelation.PARENT)
                : NewReferral.ownConsent(CENTRE, needs);
        referrals.decideReferral(referrals.refer(caseId, referral), new ReferralDecision(true, null));
        services.admit(caseId, new Admission(admittedOn, residence));
    }

    private void close(long caseId, LocalDate on, ClosureReason reason) {
        cases.close(caseId, new Closure(reason, on));
    }

    private Map<String, Map<String, Long>> reporting(List<ReportFilter> filters) {
        Map<String, Map<String, Long>> all = new TreeMap<>();
        for (Figure figure : SAME.keySet()) {
            for (Dimension by : figures.dimensions(figure)) {
                for (ReportFilter filter : filters) {
                    Map<String, Long> cells = new LinkedHashMap<>();
                    figures.count(figure, by, filter).cells().forEach(c -> cells.put(c.key(), c.count()));
                    all.put(figure + " " + by + " " + filter, cells);
                }
            }
        }
        return all;
    }

    private Map<String, Map<String, Long>> protection(List<ReportFilter> filters) {
        Map<String, Map<String, Long>> all = new TreeMap<>();
        for (Map.Entry<Figure, ProtectionCount> same : SAME.entrySet()) {
            for (Dimension by : figures.dimensions(same.getKey())) {
                for (ReportFilter f : filters) {
                    all.put(same.getKey() + " " + by + " " + f, protection.count(same.getValue(), CountBy.valueOf(by.name()),
                            new CountFilter(f.from(), f.to(), f.regionCode(), f.citizenship(), f.sex(), f.ageGroup())));
                }
            }
        }
        return all;
    }

    /** What was added to each cell; cells that did not change are left out. */
    private static Map<String, Map<String, Long>> delta(Map<String, Map<String, Long>> after, Map<String, Map<String, Long>> before) {
        Map<String, Map<String, Long>> delta = new TreeMap<>();
        after.forEach((table, cells) -> {
            Map<String, Long> changed = new TreeMap<>();
            cells.forEach((key, n) -> {
                long d = n - before.getOrDefault(table, Map.of()).getOrDefault(key, 0L);
                if (d != 0) {
                    changed.put(key, d);
                }
            });
            delta.put(table, changed);
        });
        return delta;
    }

    private void as(String username) {
        UserDetails officer = officers.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }
}
