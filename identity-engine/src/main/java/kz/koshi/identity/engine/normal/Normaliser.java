package kz.koshi.identity.engine.normal;

import java.util.Arrays;
import java.util.Set;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.IdentityRecord;

/**
 * Turns source records into {@link NormalisedRecord}s against one shared vocabulary and term-frequency
 * table. Not thread-safe (the vocabulary grows); the online index serialises writes.
 */
public final class Normaliser {

    private static final Set<String> MALE = Set.of("m", "male", "м", "муж", "мужской", "ер", "еркек", "1");
    private static final Set<String> FEMALE = Set.of("f", "female", "ж", "жен", "женский", "әйел", "2");
    /** Words that say what kind of place follows (г., ул., д., кв.), present in one feed and not another. */
    private static final Set<String> ADDRESS_MARKERS = Set.of("г", "гор", "город", "ул", "улица", "д", "дом", "кв",
            "квартира", "пр", "проспект", "мкр", "микрорайон", "обл", "область", "р", "н", "район", "көшесі",
            "даңғылы", "пәтер", "үй", "g", "ul", "d", "kv", "pr", "mkr", "obl");
    /** Phones are compared on their last digits: the country/trunk prefix (+7, 8) varies by agency. */
    private static final int PHONE_DIGITS = 10;

    private final NameKeys keys;
    private final NameForms forms;
    private final Vocabulary vocabulary;
    private final TermFrequencies frequencies = new TermFrequencies();

    public Normaliser(NameKeys keys) {
        this(keys, new Vocabulary());
    }

    /**
     * Normalises against a vocabulary built elsewhere: a distributed run (the Spark re-link) fills it with every
     * string of the batch in first-seen order, so the ids are those a single {@link Normaliser} would give.
     */
    public Normaliser(NameKeys keys, Vocabulary vocabulary) {
        this.keys = keys;
        this.forms = NameForms.load(keys);
        this.vocabulary = vocabulary;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public TermFrequencies frequencies() {
        return frequencies;
    }

    /** Normalises a record that becomes part of the population: its values count in term frequencies. */
    public NormalisedRecord add(IdentityRecord r) {
        NormalisedRecord n = normalise(r);
        frequencies.add(Field.SURNAME, n.surnameKey());
        frequencies.add(Field.GIVEN_NAME, n.givenKey());
        frequencies.add(Field.CITIZENSHIP, n.citizenship());
        return n;
    }

    /** Normalises a record without counting it (a query against the registry). */
    public NormalisedRecord normalise(IdentityRecord r) {
        Name surname = name(r.surname());
        int surnameVariant = intern(forms.surnameStem(surname.key));
        Name given = name(r.givenName());
        int givenVariant = intern(forms.givenCanonical(given.key));
        Name patronymic = name(r.patronymic());
        int patronymicVariant = intern(forms.patronymicRoot(patronymic.key));
        int[] address = Arrays.stream(Folding.fold(r.address()).split(" "))
                .filter(t -> !t.isEmpty() && !ADDRESS_MARKERS.contains(t)).mapToInt(this::intern).distinct().toArray();
        String phone = Folding.digits(r.phone());
        phone = phone.length() > PHONE_DIGITS ? phone.substring(phone.length() - PHONE_DIGITS) : phone;
        return new NormalisedRecord(r.recordId(),
                surname.exact, intern(surname.key), surnameVariant, phonetic(surnameVariant),
                given.exact, intern(given.key), givenVariant, phonetic(givenVariant),
                patronymic.exact, intern(patronymic.key), patronymicVariant,
                r.birthDate().packed(), sex(r.sex()), intern(Folding.identifier(r.citizenship())),
                orNull(Folding.identifier(r.documentNumber())), orNull(Folding.identifier(r.nationalId())),
                orNull(phone), address, postcode(address), addressNumbers(address), initial(surname.key),
                initial(given.key));
    }

    private int postcode(int[] address) {
        int best = 0;
        for (int token : address) {
            String s = vocabulary.string(token);
            if (s.chars().allMatch(Character::isDigit) && s.length() > vocabulary.string(best).length()) {
                best = token;
            }
        }
        return best;
    }

    /** House, flat and postcode numbers survive misspelt street names; one short number alone is too common. */
    private int addressNumbers(int[] address) {
        int[] numbers = Arrays.stream(address).filter(t -> vocabulary.string(t).chars().allMatch(Character::isDigit))
                .sorted().toArray();
        boolean specific = numbers.length >= 2 || numbers.length == 1 && vocabulary.string(numbers[0]).length() >= 4;
        return specific ? Math.max(1, Arrays.hashCode(numbers)) : 0;
    }

    private Name name(String raw) {
        String folded = Folding.fold(raw);
        String key = folded.isEmpty() ? "" : keys.key(folded);
        return new Name(intern(folded), key);
    }

    private int phonetic(int variantId) {
        return variantId == 0 ? 0 : intern(Phonetic.code(vocabulary.string(variantId)));
    }

    private int intern(String s) {
        return vocabulary.intern(s);
    }

    private static char initial(String key) {
        return key.isEmpty() ? 0 : key.charAt(0);
    }

    private static byte sex(String raw) {
        String s = Folding.fold(raw);
        return MALE.contains(s) ? (byte) 1 : FEMALE.contains(s) ? (byte) 2 : (byte) 0;
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private record Name(int exact, String key) {
    }
}
