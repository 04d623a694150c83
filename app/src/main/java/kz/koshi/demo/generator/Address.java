package kz.koshi.demo.generator;

import kz.koshi.shared.translit.Scripts;
import kz.koshi.shared.translit.TransliterationScheme;

/** A home or registration address in a Kazakh city; flat 0 means a private house. */
record Address(City city, String street, int house, int flat) {

    static Address random(NameBank names, Dice dice) {
        return new Address(dice.pickSkewed(names.cities()), dice.pick(names.streets()), dice.between(1, 180),
                dice.chance(0.8) ? dice.between(1, 240) : 0);
    }

    /** The migration police's registration format: г. Алматы, ул. Абая, д. 12, кв. 34. */
    String russian() {
        return "г. " + city.russian() + ", ул. " + street + ", д. " + house + (flat > 0 ? ", кв. " + flat : "");
    }

    /** A clerk's shorthand: Алматы, Абая 12-34. */
    String russianShort() {
        return city.russian() + ", " + street + " " + house + (flat > 0 ? "-" + flat : "");
    }

    /** As foreign-language forms write it: Almaty, Abaya st. 12, apt. 34. */
    String latin() {
        String latinStreet = Scripts.toLatin(street, TransliterationScheme.RUSSIAN_PASSPORT_1997);
        return city.latin() + ", " + latinStreet + " st. " + house + (flat > 0 ? ", apt. " + flat : "");
    }
}
