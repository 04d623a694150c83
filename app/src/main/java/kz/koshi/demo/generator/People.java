package kz.koshi.demo.generator;

/**
 * The peoples of Kazakhstan's migration picture, each with its naming customs. Resource files under
 * {@code generator/} are named after {@link #resource}: {@code <resource>_male.txt} and so on.
 */
enum People {
    KAZAKH("kazakh", "kazakh", PatronymicStyle.KAZAKH),
    RUSSIAN("russian", "russian", PatronymicStyle.RUSSIAN),
    /** Koryo-saram: Russian given names and patronymics, Korean surnames. */
    KOREAN("russian", "korean", PatronymicStyle.RUSSIAN),
    UZBEK("uzbek", "uzbek", PatronymicStyle.UZBEK),
    KYRGYZ("kyrgyz", "kyrgyz", PatronymicStyle.KYRGYZ),
    TAJIK("tajik", "tajik", PatronymicStyle.RUSSIAN),
    CHINESE("chinese", "chinese", PatronymicStyle.NONE),
    TURKISH("turkish", "turkish", PatronymicStyle.NONE),
    AFGHAN("afghan", "afghan", PatronymicStyle.NONE),
    AZERBAIJANI("azerbaijani", "azerbaijani", PatronymicStyle.NONE);

    private final String givenResource;
    private final String surnameResource;
    private final PatronymicStyle patronymicStyle;

    People(String givenResource, String surnameResource, PatronymicStyle patronymicStyle) {
        this.givenResource = givenResource;
        this.surnameResource = surnameResource;
        this.patronymicStyle = patronymicStyle;
    }

    String givenResource() {
        return givenResource;
    }

    String surnameResource() {
        return surnameResource;
    }

    PatronymicStyle patronymicStyle() {
        return patronymicStyle;
    }

    /** Chinese put the surname first even in Latin, so hotel clerks swap it more often. */
    boolean surnameFirst() {
        return this == CHINESE;
    }
}
