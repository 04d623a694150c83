package kz.koshi.identity.engine.compare;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Vocabulary;

/**
 * Compares two records field by field into a comparison vector: one level per {@link Field}, indexed by
 * ordinal. Given name and surname are also tried in swapped order (border officers and hotels disagree
 * on which comes first) and the better reading wins.
 */
public final class Comparer {

    private static final int SURNAME = Field.SURNAME.ordinal();
    private static final int GIVEN = Field.GIVEN_NAME.ordinal();

    private final NameComparison names;
    private final AddressComparison addresses;
    private final LikelyTwins twins;

    public Comparer(Vocabulary vocabulary) {
        this.names = new NameComparison(vocabulary);
        this.addresses = new AddressComparison(vocabulary);
        this.twins = new LikelyTwins(names, vocabulary);
    }

    /** Whether the two records look like twins or siblings rather than one person ({@link LikelyTwins}). */
    public boolean likelyTwins(NormalisedRecord a, NormalisedRecord b) {
        return twins.between(a, b);
    }

    /** Fills {@code levels} (length = number of fields); returns true when the names were swapped. */
    public boolean compare(NormalisedRecord a, NormalisedRecord b, byte[] levels) {
        int surname = names.level(a.surname(), a.surnameKey(), a.surnameVariant(), a.surnamePhonetic(),
                b.surname(), b.surnameKey(), b.surnameVariant(), b.surnamePhonetic());
        int given = names.level(a.given(), a.givenKey(), a.givenVariant(), a.givenPhonetic(),
                b.given(), b.givenKey(), b.givenVariant(), b.givenPhonetic());
        boolean swapped = false;
        if (surname > NameComparison.VARIANT || given > NameComparison.VARIANT) {
            int surnameAsGiven = names.level(a.surname(), a.surnameKey(), a.surnameVariant(), a.surnamePhonetic(),
                    b.given(), b.givenKey(), b.givenVariant(), b.givenPhonetic());
            int givenAsSurname = names.level(a.given(), a.givenKey(), a.givenVariant(), a.givenPhonetic(),
                    b.surname(), b.surnameKey(), b.surnameVariant(), b.surnamePhonetic());
            int direct = NameComparison.penalty(surname) + NameComparison.penalty(given);
            boolean agrees = agreement(surnameAsGiven) || agreement(givenAsSurname);
            if (agrees && NameComparison.penalty(surnameAsGiven) + NameComparison.penalty(givenAsSurname) < direct) {
                surname = surnameAsGiven;
                given = givenAsSurname;
                swapped = true;
            }
        }
        levels[SURNAME] = (byte) surname;
        levels[GIVEN] = (byte) given;
        levels[Field.PATRONYMIC.ordinal()] = (byte) names.patronymicLevel(a.patronymic(), a.patronymicKey(),
                a.patronymicVariant(), b.patronymic(), b.patronymicKey(), b.patronymicVariant());
        levels[Field.BIRTH_DATE.ordinal()] = (byte) DateComparison.level(a.birthDate(), b.birthDate());
        levels[Field.SEX.ordinal()] = (byte) equality(a.sex(), b.sex());
        levels[Field.CITIZENSHIP.ordinal()] = (byte) equality(a.citizenship(), b.citizenship());
        levels[Field.DOCUMENT_NUMBER.ordinal()] = (byte) identifier(a.documentNumber(), b.documentNumber());
        levels[Field.NATIONAL_ID.ordinal()] = (byte) identifier(a.nationalId(), b.nationalId());
        levels[Field.ADDRESS.ordinal()] = (byte) addresses.level(a.addressTokens(), b.addressTokens());
        levels[Field.PHONE.ordinal()] = (byte) identifier(a.phone(), b.phone());
        return swapped;
    }

    /** A swap must be justified by names that agree, not by turning a disagreement into "missing". */
    private static boolean agreement(int level) {
        return level != Field.MISSING && level != NameComparison.DIFFERENT;
    }

    private static int equality(int a, int b) {
        return a == 0 || b == 0 ? Field.MISSING : a == b ? 1 : 2;
    }

    private static int identifier(String a, String b) {
        if (a == null || b == null) {
            return Field.MISSING;
        }
        return a.equals(b) ? 1 : EditDistance.withinOneEdit(a, b) ? 2 : 3;
    }
}
