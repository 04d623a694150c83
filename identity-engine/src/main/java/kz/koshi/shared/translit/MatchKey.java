package kz.koshi.shared.translit;

/**
 * The canonical matching key of a name, built with plain char loops because the identity engine calls it
 * millions of times. The rules, applied in this order:
 * <ol>
 * <li>Letters to lower-case ASCII: Cyrillic by {@link CyrillicKeyLetters}, Latin by {@link LatinFolding};
 *     other scripts (Han, Arabic) through ICU {@code Any-Latin; Latin-ASCII}. An apostrophe after s or c
 *     makes sh/ch and after y makes u (Kazakh 2017 s' c' y'); otherwise apostrophes vanish (o' g' a').
 *     Digits stay; every other character separates words.</li>
 * <li>Digraphs: shch/sch to sh; dzh/dj/zh to j (Ж is J in Kazakh and Uzbek Latin); kh, x to h
 *     (Х is KH in passports, X in Uzbek); gh to g; ph to f; ts/tc/tz to c; ck, q to k; w to v;
 *     ng before a consonant or word end to n (Palladius Ван for Wang).</li>
 * <li>Iotation: a run of i/y before a vowel becomes j (IU, YU, JU, IIA, IYA all meet), and j before e
 *     vanishes (YE, IE, JE, E meet: YERLAN = ERLAN, TOKAYEV = Токаев); any other y is i (AYGUL = Айгүл).</li>
 * <li>Doubled letters collapse (ZHANNA = JANNA, ASSEL = Асель, DMITRII = DMITRIY).</li>
 * </ol>
 * Accepted collisions, since scoring uses more than the name: Жанна = Яна, Жусупов = Юсупов,
 * Женис = Енис. Not folded: pinyin against Palladius beyond Wang/Ван, short forms (Саша), Ё as YO.
 */
final class MatchKey {

    private MatchKey() {
    }

    static String of(String name) {
        StringBuilder ascii = new StringBuilder(name.length() + 8);
        if (!KeyLetters.toAscii(name, ascii)) {
            ascii.setLength(0);
            KeyLetters.toAscii(CompiledTransforms.anyToAscii().transliterate(name), ascii);
        }
        return collapseDoubles(iotation(digraphs(ascii)));
    }

    /** Step 2. */
    private static StringBuilder digraphs(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            char next = i + 1 < n ? in.charAt(i + 1) : ' ';
            if (c == 's' && next == 'h' && at(in, i + 2, "ch")) {
                out.append("sh");
                i += 3;
            } else if (c == 's' && next == 'c' && at(in, i + 2, "h")) {
                out.append("sh");
                i += 2;
            } else if (c == 'd' && next == 'z' && at(in, i + 2, "h")) {
                out.append('j');
                i += 2;
            } else if ((c == 'd' && next == 'j') || (c == 'z' && next == 'h')) {
                out.append('j');
                i++;
            } else if ((c == 'k' || c == 'g' || c == 'c' || c == 's' || c == 'p') && next == 'h') {
                out.append(c == 'k' ? "h" : c == 'g' ? "g" : c == 'p' ? "f" : c == 'c' ? "ch" : "sh");
                i++;
            } else if (c == 't' && (next == 's' || next == 'c' || next == 'z')) {
                out.append('c');
                i++;
            } else if (c == 'c' && next == 'k') {
                out.append('k');
                i++;
            } else if (c == 'n' && next == 'g' && !isVowel(i + 2 < n ? in.charAt(i + 2) : ' ')) {
                out.append('n');
                i++;
            } else {
                out.append(c == 'x' ? 'h' : c == 'q' ? 'k' : c == 'w' ? 'v' : c);
            }
        }
        return out;
    }

    /** Step 3. */
    private static StringBuilder iotation(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == 'i' || c == 'y' || c == 'j') {
                int end = i;
                while (end < n && (in.charAt(end) == 'i' || in.charAt(end) == 'y' || in.charAt(end) == 'j')) {
                    end++;
                }
                char following = end < n ? in.charAt(end) : ' ';
                if (isVowel(following)) {
                    if (following != 'e') {
                        out.append('j');
                    }
                } else {
                    for (int k = i; k < end; k++) {
                        out.append(in.charAt(k) == 'j' ? 'j' : 'i');
                    }
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /** Step 4. */
    private static String collapseDoubles(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean at(CharSequence in, int index, String text) {
        if (index + text.length() > in.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (in.charAt(index + k) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u';
    }
}
