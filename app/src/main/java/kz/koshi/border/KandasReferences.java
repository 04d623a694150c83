package kz.koshi.border;

/**
 * The port through which the booth checks a kandas survey reference a traveller gives (issue 15). The kandas module
 * implements it, so that border never depends on kandas; without it, a reference cannot be checked and is not kept.
 */
public interface KandasReferences {

    /** Whether the reference is that of a survey a family has sent (case, spaces and dashes as the family typed them). */
    boolean sent(String reference);

    /** The reference as it is kept: upper case, no spaces, the dash after "KD". */
    static String normalised(String typed) {
        String s = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return s.startsWith("KD") ? "KD-" + s.substring(2) : s;
    }
}
