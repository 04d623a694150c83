package kz.koshi.demo.generator;

import java.util.List;

/**
 * A people and a citizenship (ISO 3166 alpha-3). The weights sketch Kazakhstan's migration picture:
 * citizens of many ethnicities; Uzbekistan, Russia, Kyrgyzstan, Tajikistan and China as the main
 * sources of foreigners; Turkish and Chinese contract workers; Afghans; ethnic Kazakh kandas still
 * holding Chinese, Uzbek or Mongolian passports. Design figures, not statistics.
 */
record Origin(People people, String citizenship, int weight) {

    static final List<Origin> ALL = List.of(
            new Origin(People.KAZAKH, "KAZ", 300),
            new Origin(People.RUSSIAN, "KAZ", 80),
            new Origin(People.KOREAN, "KAZ", 12),
            new Origin(People.UZBEK, "KAZ", 20),
            new Origin(People.UZBEK, "UZB", 165),
            new Origin(People.RUSSIAN, "RUS", 75),
            new Origin(People.KYRGYZ, "KGZ", 60),
            new Origin(People.TAJIK, "TJK", 50),
            new Origin(People.CHINESE, "CHN", 55),
            new Origin(People.TURKISH, "TUR", 33),
            new Origin(People.AFGHAN, "AFG", 17),
            new Origin(People.AZERBAIJANI, "AZE", 22),
            new Origin(People.RUSSIAN, "UKR", 10),
            new Origin(People.RUSSIAN, "BLR", 10),
            new Origin(People.KAZAKH, "CHN", 15),
            new Origin(People.KAZAKH, "UZB", 10),
            new Origin(People.KAZAKH, "MNG", 10));

    private static final int TOTAL = ALL.stream().mapToInt(Origin::weight).sum();

    static Origin random(Dice dice) {
        int ticket = dice.below(TOTAL);
        for (Origin origin : ALL) {
            ticket -= origin.weight;
            if (ticket < 0) {
                return origin;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    boolean citizen() {
        return citizenship.equals("KAZ");
    }
}
