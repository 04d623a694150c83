package kz.koshi.identity.engine.block;

import kz.koshi.identity.engine.normal.NormalisedRecord;

/**
 * One way of proposing candidate pairs: records with equal keys are compared. The passes overlap on
 * purpose, so one wrong or missing field never hides a true match: a typo in the surname is caught by
 * given name + birth date, a wrong birth date by the names, both names wrong by a document or phone.
 * Key 0 means "this record has no key in this pass". {@code order} sorts oversized blocks so the
 * sliding window compares the records most likely to match.
 */
public enum BlockingPass {
    /** Both names in either order: survives any birth-date error and given/surname swaps. */
    NAMES {
        long key(NormalisedRecord r) {
            int a = r.surnameVariant(), b = r.givenVariant();
            return a == 0 || b == 0 ? 0 : mix(ordinal(), Math.min(a, b), Math.max(a, b));
        }
        long order(NormalisedRecord r) { return r.birthDate(); }
    },
    SURNAME_SOUND_BIRTH_DATE {
        long key(NormalisedRecord r) {
            return r.surnamePhonetic() == 0 || r.birthDate() % 100 == 0 ? 0
                    : mix(ordinal(), r.surnamePhonetic(), r.birthDate());
        }
        long order(NormalisedRecord r) { return r.givenVariant(); }
    },
    GIVEN_SOUND_BIRTH_DATE {
        long key(NormalisedRecord r) {
            return r.givenPhonetic() == 0 || r.birthDate() % 100 == 0 ? 0
                    : mix(ordinal(), r.givenPhonetic(), r.birthDate());
        }
        long order(NormalisedRecord r) { return r.surnameVariant(); }
    },
    /** Catches records whose surname is missing, changed on marriage or only given (crisis centres). */
    GIVEN_BIRTH_YEAR {
        long key(NormalisedRecord r) {
            return r.givenVariant() == 0 || r.birthDate() == 0 ? 0
                    : mix(ordinal(), r.givenVariant(), r.birthDate() / 10000);
        }
        long order(NormalisedRecord r) { return r.birthDate(); }
    },
    SURNAME_SOUND_INITIAL_YEAR {
        long key(NormalisedRecord r) {
            return r.surnamePhonetic() == 0 || r.birthDate() == 0 ? 0
                    : mix(ordinal(), r.surnamePhonetic(), r.birthDate() / 10000 * 1000 + r.givenPhonetic() % 1000);
        }
        long order(NormalisedRecord r) { return r.birthDate(); }
    },
    /** Misspelt surname, date wrong or missing: given name and the surname's first letter. */
    GIVEN_SURNAME_INITIAL {
        long key(NormalisedRecord r) {
            return r.givenVariant() == 0 || r.surnameInitial() == 0 ? 0
                    : mix(ordinal(), r.givenVariant(), r.surnameInitial());
        }
        long order(NormalisedRecord r) { return r.surnamePhonetic(); }
    },
    /** Misspelt given name, date wrong or missing: surname and the given name's first letter. */
    SURNAME_GIVEN_INITIAL {
        long key(NormalisedRecord r) {
            return r.surnameVariant() == 0 || r.givenInitial() == 0 ? 0
                    : mix(ordinal(), r.surnameVariant(), r.givenInitial());
        }
        long order(NormalisedRecord r) { return r.givenPhonetic(); }
    },
    /** Typos in both names and a wrong date: the numbers of the address (house, flat, postcode) still agree. */
    ADDRESS_NUMBERS {
        long key(NormalisedRecord r) { return r.addressNumbers() == 0 ? 0 : mix(ordinal(), r.addressNumbers(), 0); }
        long order(NormalisedRecord r) { return r.surnamePhonetic(); }
    },
    /** Both names sound alike, birth date wrong or missing. */
    NAME_SOUNDS {
        long key(NormalisedRecord r) {
            int a = r.surnamePhonetic(), b = r.givenPhonetic();
            return a == 0 || b == 0 ? 0 : mix(ordinal(), Math.min(a, b), Math.max(a, b));
        }
        long order(NormalisedRecord r) { return r.birthDate(); }
    },
    DOCUMENT_NUMBER {
        long key(NormalisedRecord r) { return text(ordinal(), r.documentNumber()); }
        long order(NormalisedRecord r) { return r.surnameVariant(); }
    },
    NATIONAL_ID {
        long key(NormalisedRecord r) { return text(ordinal(), r.nationalId()); }
        long order(NormalisedRecord r) { return r.surnameVariant(); }
    },
    PHONE {
        long key(NormalisedRecord r) { return text(ordinal(), r.phone()); }
        long order(NormalisedRecord r) { return r.surnameVariant(); }
    },
    /** Both names wrong but same person: same birth date and the same postcode (or house number). */
    BIRTH_DATE_POSTCODE {
        long key(NormalisedRecord r) {
            return r.birthDate() % 100 == 0 || r.postcode() == 0 ? 0 : mix(ordinal(), r.birthDate(), r.postcode());
        }
        long order(NormalisedRecord r) { return r.surnamePhonetic(); }
    },
    /**
     * Birth date alone: catches swapped names with a typo (Hacry Tippins ~ Tippins Harry). Broad, so
     * it gets a tight bound: beyond 16 records per date only near neighbours in name-sound order.
     * Also the block EM learns names from.
     */
    BIRTH_DATE {
        long key(NormalisedRecord r) { return r.birthDate() % 100 == 0 ? 0 : mix(ordinal(), r.birthDate(), 0); }
        long order(NormalisedRecord r) { return r.surnamePhonetic(); }
        @Override
        int maxBlock() { return 16; }
    };

    /** The passes that propose pairs for linking, in the order they are run. */
    public static final java.util.List<BlockingPass> LINKING = java.util.List.of(values());

    /** Largest block compared all-to-all in this pass (the caller's bound may be lower). */
    int maxBlock() {
        return Integer.MAX_VALUE;
    }

    abstract long key(NormalisedRecord r);

    abstract long order(NormalisedRecord r);

    public long keyOf(NormalisedRecord r) {
        return key(r);
    }

    /** The order in which an oversized block's sliding window meets its records. */
    public long orderOf(NormalisedRecord r) {
        return order(r);
    }

    /** Largest block compared all-to-all under a caller's bound ({@link CandidatePairs#MAX_BLOCK}). */
    public int fullBlockLimit(int callerBound) {
        return Math.min(callerBound, maxBlock());
    }

    static long mix(int pass, long a, long b) {
        long h = pass * 0x9E3779B97F4A7C15L + a;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + b;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    static long text(int pass, String s) {
        if (s == null) {
            return 0;
        }
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(pass, h, s.length());
    }
}
