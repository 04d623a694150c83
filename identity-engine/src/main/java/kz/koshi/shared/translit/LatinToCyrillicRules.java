package kz.koshi.shared.translit;

/**
 * ICU rules for the best-effort reverse direction: lower-case ASCII Latin (as any of our schemes or a
 * clerk would write it) back to Russian-style Cyrillic, which is how the migration police writes
 * foreigners' names. Ambiguities are resolved toward the commoner reading: IA/IU are Я/Ю at a word start
 * or after a vowel (IUSUPOV: ЮСУПОВ) but ИА/ИУ after a consonant (DIANA: ДИАНА); Y and I after a vowel
 * and not before one are Й (AIGUL, ANDREY: АЙГУЛ, АНДРЕЙ); SS between vowels is the Kazakh passport's
 * doubling (KASSYM: КАСЫМ). Soft signs lost in transliteration cannot come back.
 */
final class LatinToCyrillicRules {

    private LatinToCyrillicRules() {
    }

    static final String RULES = """
            $cc = [бвгджзйклмнпрстфхцчшщ] ;
            shch > щ ; sch > щ ; dzh > дж ; zh > ж ; kh > х ; ts > ц ; tc > ц ; ch > ч ; sh > ш ;
            $cc { yu > ью ; $cc { ya > ья ; $cc { ye > ье ; $cc { yo > ьо ;
            yu > ю ; ya > я ; ye > е ; yo > ё ;
            [^[:L:]] { iu > ю ; [аеёиоуыэюяй] { iu > ю ; iu > иу ;
            [^[:L:]] { ia > я ; [аеёиоуыэюяй] { ia > я ; ia > иа ;
            [аеёиоуыэюя] { ss } [aeiouy] > с ;
            [аеёоуэюя] { y } [^aeiouy] > й ;
            [аеёоуэюя] { i } [^aeiouy] > й ; и { i } [^[:L:]] > й ;
            a > а ; b > б ; c } [eiy] > ц ; c > к ; d > д ; e > е ; f > ф ; g > г ; h > х ; i > и ;
            j > ж ; k > к ; l > л ; m > м ; n > н ; o > о ; p > п ; q > к ; r > р ; s > с ; t > т ;
            u > у ; v > в ; w > в ; x > х ; y > ы ; z > з ;
            """;
}
