package kz.koshi.reporting.readmodel;

import java.time.LocalDate;

import kz.koshi.reporting.Figure;

/**
 * One counted fact of a flow figure: the figure, the id of the fact in its source module (unique per figure, so a fact
 * delivered twice is kept once), its day and the codes it can be broken down by (null where the source does not know).
 */
public record Fact(Figure figure, String factId, LocalDate occurredOn, String regionCode, String citizenship, String sex,
                   String ageGroup, String purpose, String kind, String country) {

    /** A fact with only a day and a kind; {@code with...} add what the source knows. */
    public static Fact of(Figure figure, Object factId, LocalDate occurredOn) {
        return new Fact(figure, String.valueOf(factId), occurredOn, null, null, null, null, null, null, null);
    }

    public Fact withRegion(String code) {
        return new Fact(figure, factId, occurredOn, code, citizenship, sex, ageGroup, purpose, kind, country);
    }

    public Fact withCitizenship(String code) {
        return new Fact(figure, factId, occurredOn, regionCode, code, sex, ageGroup, purpose, kind, country);
    }

    public Fact withPerson(Enum<?> sex, Enum<?> ageGroup) {
        return new Fact(figure, factId, occurredOn, regionCode, citizenship, name(sex), name(ageGroup), purpose, kind, country);
    }

    public Fact withPurpose(String code) {
        return new Fact(figure, factId, occurredOn, regionCode, citizenship, sex, ageGroup, code, kind, country);
    }

    public Fact withKind(Object code) {
        return new Fact(figure, factId, occurredOn, regionCode, citizenship, sex, ageGroup, purpose,
                code == null ? null : code instanceof Enum<?> e ? e.name() : code.toString(), country);
    }

    public Fact withCountry(String code) {
        return new Fact(figure, factId, occurredOn, regionCode, citizenship, sex, ageGroup, purpose, kind, code);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
