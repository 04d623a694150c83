package kz.koshi.demo.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * Keyboard typos as clerks make them: a neighbouring key on the ЙЦУКЕН or QWERTY layout, a dropped
 * letter, a doubled letter, two letters swapped. The first letter is left alone: people rarely miss it.
 */
final class Typos {

    private static final String[] ROWS = {
        "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final Map<Character, String> NEIGHBOURS = new HashMap<>();

    static {
        for (String row : ROWS) {
            for (int i = 0; i < row.length(); i++) {
                String left = i > 0 ? row.substring(i - 1, i) : "";
                String right = i + 1 < row.length() ? row.substring(i + 1, i + 2) : "";
                NEIGHBOURS.put(row.charAt(i), left + right);
            }
        }
    }

    private Typos() {
    }

    static String apply(String word, Dice dice) {
        if (word == null || word.length() < 3) {
            return word;
        }
        int at = dice.between(1, word.length() - 1);
        char c = word.charAt(at);
        return switch (dice.below(4)) {
            case 0 -> substitute(word, at, dice);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + c + word.substring(at);
            default -> at + 1 < word.length()
                    ? word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2)
                    : word.substring(0, at - 1) + c + word.charAt(at - 1);
        };
    }

    /** Applies a typo with the given probability. */
    static String maybe(String word, double probability, Dice dice) {
        return dice.chance(probability) ? apply(word, dice) : word;
    }

    private static String substitute(String word, int at, Dice dice) {
        char c = word.charAt(at);
        String neighbours = NEIGHBOURS.get(Character.toLowerCase(c));
        if (neighbours == null || neighbours.isEmpty()) {
            return word.substring(0, at) + word.substring(at + 1);
        }
        char typed = neighbours.charAt(dice.below(neighbours.length()));
        typed = Character.isUpperCase(c) ? Character.toUpperCase(typed) : typed;
        return word.substring(0, at) + typed + word.substring(at + 1);
    }
}
