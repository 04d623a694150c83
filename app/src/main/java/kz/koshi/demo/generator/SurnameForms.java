package kz.koshi.demo.generator;

/**
 * Sex-correct surname forms. Slavic-pattern surnames, which Kazakh, Uzbek, Kyrgyz, Tajik and Azerbaijani
 * surnames follow, take -а for women (Ахметов: Ахметова); -ский becomes -ская; modern Kazakh -ұлы
 * becomes -қызы. Korean, Chinese, Turkish, Afghan, Ukrainian -енко and Tajik -зода do not change.
 */
final class SurnameForms {

    private SurnameForms() {
    }

    static NamePart female(NamePart male) {
        return new NamePart(femaleCyrillic(male.cyrillic()),
                male.latin() == null ? null : femaleLatin(male.latin()));
    }

    static String femaleCyrillic(String male) {
        if (endsWithAny(male, "ов", "ев", "ёв", "ин")) {
            return male + "а";
        }
        if (endsWithAny(male, "ский", "цкий")) {
            return male.substring(0, male.length() - 2) + "ая";
        }
        if (male.endsWith("ой") && male.length() > 4) {
            return male.substring(0, male.length() - 2) + "ая";
        }
        if (male.endsWith("ұлы")) {
            return male.substring(0, male.length() - 3) + "қызы";
        }
        return male;
    }

    private static String femaleLatin(String male) {
        return endsWithAny(male, "ov", "ev", "yev") ? male + "a" : male;
    }

    private static boolean endsWithAny(String text, String... endings) {
        for (String ending : endings) {
            if (text.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
