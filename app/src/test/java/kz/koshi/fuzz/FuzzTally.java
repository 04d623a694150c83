package kz.koshi.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run did: requests tried, answers by status, and every answer that breaks the platform's promises. */
public final class FuzzTally {

    private long requests;
    private final Map<Integer, Long> byStatus = new TreeMap<>();
    private final List<String> faults = new ArrayList<>();
    private long containerRefusals;

    /** A 400 from the servlet container itself (a URL it cannot decode), which no application code can shape. */
    synchronized void containerRefusal() {
        containerRefusals++;
    }

    synchronized void count(int status) {
        requests++;
        byStatus.merge(status, 1L, Long::sum);
    }

    synchronized void fault(String what) {
        if (faults.size() < 200) {
            faults.add(what);
        }
    }

    public synchronized long requests() {
        return requests;
    }

    public synchronized long serverErrors() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    public synchronized long refusals() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public synchronized Map<Integer, Long> byStatus() {
        return new TreeMap<>(byStatus);
    }

    /** 5xx answers, API refusals that are not ProblemDetails, and the like: empty when all is well. */
    public synchronized List<String> faults() {
        return List.copyOf(faults);
    }

    public synchronized String summary() {
        return "requests tried: " + requests + ", 5xx: " + serverErrors() + ", refusals (4xx): " + refusals()
                + ", by status: " + byStatus + ", of the 400s refused by the servlet container: " + containerRefusals
                + ", faults: " + faults.size();
    }
}
