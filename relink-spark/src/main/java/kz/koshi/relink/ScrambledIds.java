package kz.koshi.relink;

/**
 * A one-to-one scrambling of record places into graph vertex ids (the SplitMix64 finaliser, and its inverse). GraphX's
 * connected components label each vertex with the smallest id it reaches; with scrambled ids those smallest ids fall
 * at random along a chain of links, whatever order the agencies' records came in (a file sorted by name and birth
 * date would otherwise put them all at one end of the chain).
 */
final class ScrambledIds {

    private static final long FIRST = 0xbf58476d1ce4e5b9L;
    private static final long SECOND = 0x94d049bb133111ebL;
    private static final long FIRST_INVERSE = inverse(FIRST);
    private static final long SECOND_INVERSE = inverse(SECOND);

    private ScrambledIds() {
    }

    static long of(long place) {
        long z = (place ^ (place >>> 30)) * FIRST;
        z = (z ^ (z >>> 27)) * SECOND;
        return z ^ (z >>> 31);
    }

    static long placeOf(long id) {
        long z = unshift(id, 31) * SECOND_INVERSE;
        z = unshift(z, 27) * FIRST_INVERSE;
        return unshift(z, 30);
    }

    /** Undoes {@code x ^ (x >>> shift)}: each step recovers {@code shift} more of the high bits. */
    private static long unshift(long y, int shift) {
        long x = y;
        for (int i = 0; i <= 64 / shift; i++) {
            x = y ^ (x >>> shift);
        }
        return x;
    }

    /** The inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct low bits each step). */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
