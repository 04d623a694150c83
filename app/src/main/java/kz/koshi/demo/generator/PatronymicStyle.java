package kz.koshi.demo.generator;

import kz.koshi.shared.Sex;

/**
 * How a people forms patronymics (отчество) in the documents Kazakh agencies see. Russian-style -ович/-овна
 * is universal in older documents; Kazakh -ұлы/-қызы (written together), Uzbek ўғли/қизи and Kyrgyz
 * уулу/кызы (separate words) appear in newer ones, so those peoples get a mix.
 */
enum PatronymicStyle {
    NONE, RUSSIAN, KAZAKH, UZBEK, KYRGYZ;

    /** The patronymic of a child of {@code fatherGiven}, or null for peoples without patronymics. */
    String of(String fatherGiven, Sex sex, Dice dice, NameBank names) {
        boolean male = sex == Sex.MALE;
        return switch (this) {
            case NONE -> null;
            case RUSSIAN -> russian(fatherGiven, sex, names);
            case KAZAKH -> dice.chance(0.55) ? fatherGiven + (male ? "ұлы" : "қызы") : russian(fatherGiven, sex, names);
            case UZBEK -> dice.chance(0.3) ? fatherGiven + (male ? " ўғли" : " қизи") : russian(fatherGiven, sex, names);
            case KYRGYZ -> dice.chance(0.3) ? fatherGiven + (male ? " уулу" : " кызы") : russian(fatherGiven, sex, names);
        };
    }

    /** Сергей: Сергеевич, Игорь: Игоревич, Абдулла: Абдуллаевич, Нұрлан: Нұрланович; irregulars from a list. */
    static String russian(String father, Sex sex, NameBank names) {
        String irregular = names.irregularPatronymic(father, sex);
        if (irregular != null) {
            return irregular;
        }
        boolean male = sex == Sex.MALE;
        char last = father.charAt(father.length() - 1);
        if (last == 'й' || last == 'ь') {
            return father.substring(0, father.length() - 1) + (male ? "евич" : "евна");
        }
        if ("аяоиеуыэюёәөұүі".indexOf(last) >= 0) {
            return father + (male ? "евич" : "евна");
        }
        return father + (male ? "ович" : "овна");
    }
}
