package kz.koshi.identity.engine.compare;

import java.util.Objects;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Vocabulary;

/**
 * Twins or siblings: one surname, given names written in one script that are no spellings of one name (not
 * the same, no variant or transliteration, no close spelling, no shared sound, no one-letter typo), and two documents of the same
 * country more than one keystroke apart. A person keeps the given name on a renewed passport. Given names in
 * two scripts are left alone: the cross-script keys do not cover every transcription (Цзин is JING).
 */
final class LikelyTwins {

    private final NameComparison names;
    private final Vocabulary vocabulary;

    LikelyTwins(NameComparison names, Vocabulary vocabulary) {
        this.names = names;
        this.vocabulary = vocabulary;
    }

    boolean between(NormalisedRecord a, NormalisedRecord b) {
        return differentDocumentsOfOneCountry(a, b) && sameScript(a.given(), b.given())
                && !EditDistance.withinOneEdit(vocabulary.string(a.given()), vocabulary.string(b.given()))
                && names.level(a.given(), a.givenKey(), a.givenVariant(), a.givenPhonetic(),
                        b.given(), b.givenKey(), b.givenVariant(), b.givenPhonetic()) == NameComparison.DIFFERENT
                && agrees(names.level(a.surname(), a.surnameKey(), a.surnameVariant(), a.surnamePhonetic(),
                        b.surname(), b.surnameKey(), b.surnameVariant(), b.surnamePhonetic()));
    }

    private static boolean differentDocumentsOfOneCountry(NormalisedRecord a, NormalisedRecord b) {
        return a.documentNumber() != null && b.documentNumber() != null && a.citizenship() != 0
                && a.citizenship() == b.citizenship() && !Objects.equals(a.documentNumber(), b.documentNumber())
                && !EditDistance.withinOneEdit(a.documentNumber(), b.documentNumber());
    }

    private boolean sameScript(int givenA, int givenB) {
        return givenA != 0 && givenB != 0 && latin(vocabulary.string(givenA)) == latin(vocabulary.string(givenB));
    }

    private static boolean latin(String name) {
        return Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static boolean agrees(int level) {
        return level != Field.MISSING && level != NameComparison.DIFFERENT;
    }
}
