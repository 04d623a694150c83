package kz.koshi.protection.statistics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protection's own counts of the commission's figures, from its tables: counts keyed by the breakdown's codes, never
 * a case. For the readers of protection's statistics (analysts, case supervisors, labour ministry, prosecutors).
 */
@Service
@Transactional(readOnly = true)
public class ProtectionCounts {

    private record Counted(CountedCase c, java.time.LocalDate day, String kind) {
    }

    private final CountedCases cases;

    ProtectionCounts(CountedCases cases) {
        this.cases = cases;
    }

    @PreAuthorize("hasAnyRole('ANALYST','CASE_SUPERVISOR','LABOUR_OFFICER','PROSECUTOR') or hasAuthority('SCOPE_reporting:read')")
    public Map<String, Long> count(ProtectionCount what, CountBy by, CountFilter filter) {
        List<CountedCase> all = cases.all().stream().filter(filter::admits).toList();
        Stream<Counted> counted = switch (what) {
            case IDENTIFIED -> all.stream().map(c -> new Counted(c, c.identifiedOn(), null)).filter(x -> filter.covers(x.day()));
            case SERVED -> all.stream().filter(c -> c.servedDuring(filter)).map(c -> new Counted(c, null, null));
            case OCCUPANCY -> all.stream().filter(c -> c.inCentreOn(filter.to())).map(c -> new Counted(c, null, null));
            case CLOSED -> all.stream().map(c -> new Counted(c, c.closedOn(), c.closureReason())).filter(x -> filter.covers(x.day()));
            case EXTENSIONS -> dated(all, cases.extensions()).filter(x -> filter.covers(x.day()));
            case OUTCOMES -> dated(all, cases.outcomes()).filter(x -> filter.covers(x.day()));
        };
        return counted.collect(Collectors.groupingBy(x -> key(x, by), TreeMap::new, Collectors.counting()));
    }

    private static Stream<Counted> dated(List<CountedCase> all, List<CountedCases.Dated> facts) {
        Map<Long, CountedCase> byId = all.stream().collect(Collectors.toMap(CountedCase::id, Function.identity()));
        return facts.stream().filter(f -> byId.containsKey(f.caseId())).map(f -> new Counted(byId.get(f.caseId()), f.day(), f.kind()));
    }

    private static String key(Counted x, CountBy by) {
        String key = switch (by) {
            case MONTH -> x.day().toString().substring(0, 7);
            case KIND -> x.kind();
            default -> x.c().key(by);
        };
        return key == null ? "UNKNOWN" : key;
    }
}
