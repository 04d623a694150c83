package kz.koshi.identity.engine.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts comparison patterns from several threads without contention (one map per thread, merged at
 * the end): EM needs only how often each pattern occurs, never the pairs themselves.
 */
public final class PatternCounts {

    private final List<Map<Long, long[]>> perThread = new ArrayList<>();
    private final ThreadLocal<Map<Long, long[]>> local = ThreadLocal.withInitial(() -> {
        Map<Long, long[]> map = new HashMap<>();
        synchronized (perThread) {
            perThread.add(map);
        }
        return map;
    });

    public void add(long pattern) {
        local.get().computeIfAbsent(pattern, p -> new long[1])[0]++;
    }

    public Map<Long, Long> merged() {
        Map<Long, Long> out = new HashMap<>();
        synchronized (perThread) {
            for (Map<Long, long[]> map : perThread) {
                map.forEach((pattern, count) -> out.merge(pattern, count[0], Long::sum));
            }
        }
        return out;
    }

    public long total() {
        return merged().values().stream().mapToLong(Long::longValue).sum();
    }
}
