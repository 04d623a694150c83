package kz.koshi.reporting.open.suppression;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The hidden counts tied to one hidden count through sums, and those sums: all an attacker needs to bound it (shown
 * counts outside it are constants, and hidden counts outside it cannot move it).
 */
record Component(BitSet hidden, Set<Sum> sums) {

    static Component of(int start, Counts counts, BitSet hiddenCounts) {
        BitSet reached = new BitSet();
        Set<Sum> sums = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        reached.set(start);
        todo.push(start);
        while (!todo.isEmpty()) {
            for (Sum sum : counts.sumsOf(todo.pop())) {
                sums.add(sum);
                for (int count : sum.counts()) {
                    if (hiddenCounts.get(count) && !reached.get(count)) {
                        reached.set(count);
                        todo.push(count);
                    }
                }
            }
        }
        return new Component(reached, sums);
    }
}
