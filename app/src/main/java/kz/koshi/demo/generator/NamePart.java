package kz.koshi.demo.generator;

/**
 * One name (surname, given name) in its Cyrillic form and, for peoples whose passports are in Latin
 * script natively (Chinese pinyin, Turkish, Afghan, Azerbaijani), its native Latin form. For Cyrillic
 * peoples {@code latin} is null: each feed derives it with its own transliteration scheme.
 */
record NamePart(String cyrillic, String latin) {

    static NamePart cyrillic(String cyrillic) {
        return new NamePart(cyrillic, null);
    }

    boolean latinNative() {
        return latin != null;
    }

    /** Parses a resource line {@code latin|cyrillic} or a bare Cyrillic name. */
    static NamePart parse(String line) {
        int bar = line.indexOf('|');
        return bar < 0 ? cyrillic(line) : new NamePart(line.substring(bar + 1), line.substring(0, bar));
    }
}
