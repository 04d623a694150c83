package kz.koshi.identity.engine.normal;

/**
 * The compact form the engine keeps of a source record: vocabulary ids instead of strings where values
 * repeat (names, citizenship, address tokens), raw strings only for near-unique identifiers. About
 * 200 bytes per record on a 64-bit JVM with compressed oops (see docs/benchmarks.md).
 *
 * <p>Per name part: {@code exact} = folded spelling, {@code key} = Latin match key across scripts,
 * {@code variant} = grammatical/familiar canonical form of the key, {@code phonetic} = sound code.
 * {@code postcode} = the longest all-digit address token (postcode, else house number), a blocking key;
 * {@code addressNumbers} = hash of all digit tokens (postcode, house, flat), 0 if too few to be specific.
 */
public record NormalisedRecord(String recordId,
                               int surname, int surnameKey, int surnameVariant, int surnamePhonetic,
                               int given, int givenKey, int givenVariant, int givenPhonetic,
                               int patronymic, int patronymicKey, int patronymicVariant,
                               int birthDate, byte sex, int citizenship,
                               String documentNumber, String nationalId, String phone,
                               int[] addressTokens, int postcode, int addressNumbers,
                               char surnameInitial, char givenInitial) implements java.io.Serializable {

    public boolean hasNoName() {
        return surname == 0 && given == 0 && patronymic == 0;
    }
}
