package kz.koshi.reporting.open;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.open.suppression.Sum;

/**
 * A flow over a period is the sum of the same flow over the periods that cut it up (the year is its months): for every
 * period published, the longest published sub-periods laid end to end, where they cover it exactly. Stocks do not add
 * up over time and numbers counted on their own are tied to nothing; nor do two flows that are not sums of days:
 * victims served (a person in services for months is served in each of them) and crimes by stage (the stage a case has
 * reached by the period's last day). Tied, their true counts would contradict the sum and no pattern could be audited.
 */
final class PeriodSums {

    private PeriodSums() {
    }

    static List<Sum> of(List<CountKey> keys) {
        Map<List<Object>, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            CountKey key = keys.get(i);
            if (key.own() == null && key.from() != null && addsUpOverTime(key)) {
                groups.computeIfAbsent(List.of(key.figure(), key.given()), g -> new ArrayList<>()).add(i);
            }
        }
        List<Sum> sums = new ArrayList<>();
        groups.values().forEach(group -> sums.addAll(within(group, keys)));
        return sums;
    }

    private static boolean addsUpOverTime(CountKey key) {
        return key.figure() != Figure.VICTIMS_SERVED && !(key.figure() == Figure.CRIMES && key.given().containsKey(Dimension.KIND));
    }

    private static List<Sum> within(List<Integer> group, List<CountKey> keys) {
        List<Sum> sums = new ArrayList<>();
        for (int whole : group) {
            partition(keys.get(whole), group, keys).map(parts -> new Sum(whole, parts)).ifPresent(sums::add);
        }
        return sums;
    }

    private static Optional<int[]> partition(CountKey whole, List<Integer> group, List<CountKey> keys) {
        List<Integer> parts = new ArrayList<>();
        LocalDate next = whole.from();
        while (!next.isAfter(whole.to())) {
            LocalDate start = next;
            Optional<Integer> longest = group.stream().map(i -> i)
                    .filter(i -> keys.get(i).from().equals(start) && !keys.get(i).to().isAfter(whole.to())
                            && !keys.get(i).equals(whole))
                    .max(Comparator.comparing((Integer i) -> keys.get(i).to()));
            if (longest.isEmpty()) {
                return Optional.empty();
            }
            parts.add(longest.get());
            next = keys.get(longest.get()).to().plusDays(1);
        }
        return parts.size() < 2 ? Optional.empty() : Optional.of(parts.stream().mapToInt(Integer::intValue).toArray());
    }
}
