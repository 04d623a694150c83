package kz.koshi.demo.generator;

import java.util.Locale;

import kz.koshi.shared.translit.Scripts;
import kz.koshi.shared.translit.TransliterationScheme;

/** How a name is spelled on a record: in a Latin scheme, upper or title case, or Russified Cyrillic. */
final class Spelling {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Spelling() {
    }

    /** The Latin spelling in a scheme; native Latin names pass through (ASCII-folded for passports). */
    static String latin(NamePart name, TransliterationScheme scheme) {
        return Scripts.toLatin(name.latinNative() ? name.latin() : name.cyrillic(), scheme);
    }

    /** As a passport prints it: the scheme's Latin, upper case, Uzbek apostrophes dropped (not in the MRZ). */
    static String passport(NamePart name, TransliterationScheme scheme) {
        return latin(name, scheme).replace("'", "").toUpperCase(Locale.ROOT);
    }

    static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    static String upperCyrillic(String text) {
        return text.toUpperCase(RUSSIAN);
    }

    /**
     * The Russian-keyboard spelling of a Kazakh, Uzbek, Kyrgyz or Tajik name, as Russian-speaking
     * clerks write it: Айгүл: Айгуль, Ләззат: Ляззат, Нұрсұлтан: Нурсултан, Ҷамшед: Джамшед.
     */
    static String russify(String name) {
        StringBuilder out = new StringBuilder(name.length() + 2);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char previous = i > 0 ? Character.toLowerCase(name.charAt(i - 1)) : ' ';
            boolean upper = Character.isUpperCase(c);
            String russian = switch (Character.toLowerCase(c)) {
                case 'ә' -> previous == 'л' ? "я" : "а";
                case 'ғ' -> "г";
                case 'қ' -> "к";
                case 'ң' -> "н";
                case 'ө' -> "о";
                case 'ұ', 'ү', 'ӯ', 'ў' -> "у";
                case 'һ', 'ҳ' -> "х";
                case 'і', 'ӣ' -> "и";
                case 'ҷ' -> "дж";
                default -> String.valueOf(Character.toLowerCase(c));
            };
            out.append(upper ? russian.substring(0, 1).toUpperCase(RUSSIAN) + russian.substring(1) : russian);
            boolean wordEnd = i + 1 == name.length() || !Character.isLetter(name.charAt(i + 1));
            if (wordEnd && Character.toLowerCase(c) == 'л' && "үөәіеи".indexOf(previous) >= 0) {
                out.append(upper ? 'Ь' : 'ь');
            }
        }
        return out.toString();
    }

    /** The passport scheme a person's country prints Latin names with (older passports use older styles). */
    static TransliterationScheme passportScheme(TruePerson person, Dice dice) {
        return switch (person.citizenship()) {
            case "KAZ" -> dice.chance(0.85) ? TransliterationScheme.KAZAKH_PASSPORT : TransliterationScheme.ICAO_9303;
            case "UZB" -> dice.chance(0.85) ? TransliterationScheme.UZBEK_LATIN : TransliterationScheme.ICAO_9303;
            case "RUS", "UKR", "BLR" -> dice.chance(0.7) ? TransliterationScheme.ICAO_9303
                    : TransliterationScheme.RUSSIAN_PASSPORT_1997;
            default -> dice.chance(0.6) ? TransliterationScheme.ICAO_9303 : TransliterationScheme.RUSSIAN_PASSPORT_1997;
        };
    }
}
