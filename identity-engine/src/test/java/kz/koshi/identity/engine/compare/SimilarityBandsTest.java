package kz.koshi.identity.engine.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.koshi.identity.engine.normal.Vocabulary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityBandsTest {

    private static int direct(String a, String b) {
        double jw = JaroWinkler.similarity(a, b);
        return jw >= 0.94 ? SimilarityBands.AT_94 : jw >= 0.88 ? SimilarityBands.AT_88 : SimilarityBands.BELOW;
    }

    @Test
    void everyAnswerIsTheBandOfTheDirectComparisonWhetherRememberedOrNot() {
        Vocabulary vocabulary = new Vocabulary();
        Random random = new Random(7);
        String[] stems = {"ahmetov", "ahmetova", "akhmetov", "ahmedov", "nurlan", "nurlanov", "sevara", "sevora", "bobur", "babur"};
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String stem = stems[random.nextInt(stems.length)];
            int cut = random.nextInt(stem.length());
            ids.add(vocabulary.intern(stem.substring(0, cut) + (char) ('a' + random.nextInt(26)) + stem.substring(cut)));
        }
        SimilarityBands bands = new SimilarityBands(vocabulary);
        int[] seen = new int[3];
        for (int round = 0; round < 2; round++) { // the second round is answered largely from memory
            for (int k = 0; k < 200_000; k++) {
                int a = ids.get(random.nextInt(ids.size()));
                int b = ids.get(random.nextInt(ids.size()));
                int band = bands.band(a, b);
                assertThat(band).isEqualTo(direct(vocabulary.string(a), vocabulary.string(b)));
                seen[band]++;
            }
        }
        assertThat(seen).as("all three bands occur").doesNotContain(0);
    }
}
