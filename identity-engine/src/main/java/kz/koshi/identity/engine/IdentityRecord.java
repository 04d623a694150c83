package kz.koshi.identity.engine;

/**
 * One source record about a person as an agency sent it (border crossing, police registration, hotel,
 * crisis centre...). Any field except {@code recordId} may be null: sources hold different subsets.
 *
 * @param sex         "M", "F" or null
 * @param citizenship ISO 3166 alpha-3 (KAZ, UZB...)
 */
public record IdentityRecord(String recordId, String source, String surname, String givenName,
                             String patronymic, PartialDate birthDate, String sex, String citizenship,
                             String documentNumber, String nationalId, String address, String phone) {

    public IdentityRecord {
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("recordId is required");
        }
        if (birthDate == null) {
            birthDate = PartialDate.UNKNOWN;
        }
    }

    /** True when no name part is present: such a record cannot be resolved safely. */
    public boolean hasNoName() {
        return isBlank(surname) && isBlank(givenName) && isBlank(patronymic);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Starts a record for tests and converters; unset fields stay null. */
    public static Builder builder(String recordId) {
        return new Builder(recordId);
    }

    public static final class Builder {
        private final String recordId;
        private String source, surname, givenName, patronymic, sex, citizenship, documentNumber, nationalId,
                address, phone;
        private PartialDate birthDate = PartialDate.UNKNOWN;

        private Builder(String recordId) {
            this.recordId = recordId;
        }

        public Builder source(String v) { source = v; return this; }
        public Builder surname(String v) { surname = v; return this; }
        public Builder givenName(String v) { givenName = v; return this; }
        public Builder patronymic(String v) { patronymic = v; return this; }
        public Builder birthDate(String v) { birthDate = PartialDate.parse(v); return this; }
        public Builder sex(String v) { sex = v; return this; }
        public Builder citizenship(String v) { citizenship = v; return this; }
        public Builder documentNumber(String v) { documentNumber = v; return this; }
        public Builder nationalId(String v) { nationalId = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder phone(String v) { phone = v; return this; }

        public IdentityRecord build() {
            return new IdentityRecord(recordId, source, surname, givenName, patronymic, birthDate, sex,
                    citizenship, documentNumber, nationalId, address, phone);
        }
    }
}
