package kz.koshi.demo.generator;

/** One agency's way of recording a person: its script, its fields, its habits and its mistakes. */
interface Feed {

    Source source();

    SourceRecord render(TruePerson person, Dice dice);

    /** The value, or an empty string with the given probability (a field the clerk left blank). */
    static String orBlank(String value, double blankProbability, Dice dice) {
        return value == null || dice.chance(blankProbability) ? "" : value;
    }
}
