package kz.koshi.reporting.open.suppression;

import java.util.BitSet;

/**
 * Primary and complementary suppression over a whole publication. Every small count is hidden; then each hidden small
 * count is attacked ({@link Attack}) and, while the {@link ProtectionRule} fails for it, one more count is hidden
 * ({@link Complements}); then every other hidden count is attacked the same way until none can be worked out exactly.
 * Hiding more only widens what an attacker can say of any count, so a count once protected stays protected and the
 * loops end (at worst with every count of the component hidden, which bounds nothing).
 */
public final class Suppression {

    private Suppression() {
    }

    /** The counts to hide. */
    public static BitSet hide(Counts counts) {
        BitSet hidden = primary(counts);
        BitSet small = (BitSet) hidden.clone();
        for (int count = small.nextSetBit(0); count >= 0; count = small.nextSetBit(count + 1)) {
            protect(count, counts, hidden);
        }
        BitSet checked = (BitSet) small.clone();
        for (int count = next(hidden, checked); count >= 0; count = next(hidden, checked)) {
            checked.set(count);
            protect(count, counts, hidden);
        }
        return hidden;
    }

    /** Only the small counts: the pattern the attacker test shows to be broken. */
    public static BitSet primary(Counts counts) {
        BitSet hidden = new BitSet();
        for (int count = 0; count < counts.size(); count++) {
            hidden.set(count, ProtectionRule.small(counts.value(count)));
        }
        return hidden;
    }

    /** The first hidden count not yet checked (complements added meanwhile included), or -1. */
    private static int next(BitSet hidden, BitSet checked) {
        BitSet todo = (BitSet) hidden.clone();
        todo.andNot(checked);
        return todo.nextSetBit(0);
    }

    private static void protect(int count, Counts counts, BitSet hidden) {
        Interval bounds = Attack.bounds(count, counts, hidden);
        while (!ProtectionRule.protects(counts.value(count), bounds)) {
            int next = Complements.next(count, bounds, counts, hidden);
            if (next < 0) {
                throw new IllegalStateException("Count " + count + " cannot be protected");
            }
            hidden.set(next);
            bounds = Attack.bounds(count, counts, hidden);
        }
    }
}
