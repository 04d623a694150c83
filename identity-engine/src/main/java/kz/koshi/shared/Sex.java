package kz.koshi.shared;

/** Sex as recorded in identity documents (пол); the IIN encodes it in its 7th digit. */
public enum Sex {
    MALE("M"), FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The one-letter code used in MRZs and agency feeds. */
    public String code() {
        return code;
    }
}
