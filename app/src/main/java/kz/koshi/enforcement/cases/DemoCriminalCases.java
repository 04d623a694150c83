package kz.koshi.enforcement.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.protection.references.ProtectionCaseReferences;
import kz.koshi.shared.Bin;
import kz.koshi.shared.CriminalStage;
import kz.koshi.shared.ActingOfficer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static kz.koshi.shared.CriminalStage.*;

/**
 * A demo register of 150 cases over the past three years, through the real service as the {@code police} and
 * {@code prosecutor} accounts (deterministic by seed): mostly articles 128 and 135, some 125, 308 and 309, across
 * regions; some with suspects from the demo population (by registry number or IIN) or organisations by BIN, some linked
 * to the demo protection cases; each moved on stage by stage to where it stands.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(35)
class DemoCriminalCases implements ApplicationRunner {

    private static final String[] ARTICLES = {"128", "128", "135", "128", "308", "125", "128", "309", "135", "128"};
    private static final String[] REGIONS = {"KZ-71", "KZ-75", "KZ-79", "KZ-61", "KZ-15", "KZ-23", "KZ-35", "KZ-47", "KZ-10", "KZ-31"};
    private static final List<List<CriminalStage>> PATHS = List.of(List.of(OPENED), List.of(OPENED, INVESTIGATION),
            List.of(OPENED, INVESTIGATION, COURT), List.of(OPENED, INVESTIGATION, COURT, CONVICTED),
            List.of(OPENED, DISCONTINUED), List.of(OPENED, INVESTIGATION, DISCONTINUED), List.of(OPENED, INVESTIGATION),
            List.of(OPENED, INVESTIGATION, COURT, CONVICTED));

    private final CriminalCases service;
    private final IdentityResolution identity;
    private final ProtectionCaseReferences protection;
    private final ActingOfficer officers;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCriminalCases(CriminalCases service, IdentityResolution identity, ProtectionCaseReferences protection,
                      ActingOfficer officers, JdbcClient jdbc, Clock clock) {
        this.service = service;
        this.identity = identity;
        this.protection = protection;
        this.officers = officers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** About fifty a year over the last three years (seed 000: 164 trafficking crimes in a year, nationally). */
    private static final int CASES = 150;

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from enforcement_case").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(16128);
        LocalDate today = LocalDate.now(clock);
        List<String> people = officers.as("police", () -> people());
        List<String> victims = officers.as("police", () -> protectionCases(today));
        for (int i = 0; i < CASES; i++) {
            int n = i;
            officers.as(i % 4 == 3 ? "prosecutor" : "police", () -> register(n, random, today, people, victims));
        }
    }

    private Long register(int i, Random random, LocalDate today, List<String> people, List<String> victims) {
        String region = REGIONS[i % REGIONS.length];
        LocalDate opened = today.minusDays(20 + random.nextInt(1000));
        List<String> persons = new ArrayList<>();
        for (int k = 0; k < 1 + i % 3 && !people.isEmpty(); k++) {
            persons.add(people.get((i * 3 + k) % people.size()));
        }
        Bin bin = i % 5 == 1 ? Bin.complete("0704400" + String.format("%04d", 200 + i)) : null;
        List<String> organisations = bin == null ? List.of() : List.of(bin.value());
        List<String> linked = i < victims.size() * 2 && i % 2 == 0 ? List.of(victims.get(i / 2)) : List.of();
        String reference = String.format("%02d%s0310%07d", opened.getYear() % 100, region.substring(3), 1000 + i * 37);
        long id = service.register(new NewCriminalCase(reference, ARTICLES[i % ARTICLES.length], OPENED, region, opened, null,
                i % 7 == 6 ? List.of() : persons, organisations, linked));
        LocalDate day = opened;
        for (CriminalStage stage : PATHS.get(i % PATHS.size()).subList(1, PATHS.get(i % PATHS.size()).size())) {
            LocalDate next = day.plusDays(20 + random.nextInt(150));
            if (next.isAfter(today)) {
                break;
            }
            service.changeStage(id, new StageChange(stage, next));
            day = next;
        }
        return id;
    }

    /** Persons of the demo population known outside protection: by registry number, or by IIN where they have one. */
    private List<String> people() {
        List<String> found = new ArrayList<>();
        for (long n = 1; n <= 400 && found.size() < 30; n += 7) {
            identity.registered(PersonNumber.fromSequence(n).value()).ifPresent(p -> found.add(typed(p, found.size())));
        }
        return found;
    }

    private String typed(PersonSummary p, int index) {
        boolean byIin = index % 3 == 0 && p.nationalId() != null && identity.registeredByIin(p.nationalId()).isPresent();
        return byIin ? p.nationalId() : p.personNumber();
    }

    /** The demo protection cases, by number only (the references say whether a number exists, nothing else). */
    private List<String> protectionCases(LocalDate today) {
        List<String> found = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 2; year--) {
            for (int id = 1; id <= 40; id++) {
                String number = "TIP-" + year + "-" + String.format("%06d", id);
                if (protection.exists(number)) {
                    found.add(number);
                }
            }
        }
        return found;
    }
}
