package kz.koshi.demo.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness. Every draw comes from one seeded {@link SplittableRandom}
 * in a fixed order, which is what makes the output byte-identical for a seed.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so one person's draws do not shift when another's logic changes. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in [from, to], both inclusive. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Most draws from the first quarter of a list ordered by frequency, as real name distributions are. */
    <T> T pickSkewed(List<T> items) {
        int quarter = Math.max(1, items.size() / 4);
        return chance(0.6) ? items.get(below(quarter)) : items.get(below(items.size()));
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + below(10)));
        }
        return digits.toString();
    }

    long nextLong() {
        return random.nextLong();
    }
}
