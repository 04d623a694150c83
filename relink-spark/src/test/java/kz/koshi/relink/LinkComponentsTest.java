package kz.koshi.relink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.koshi.relink.BlockPairs.ScoredLink;

/**
 * The bounded-round connected components find the same components as a plain union-find, also where a component is
 * far longer than one round's iterations (a chain of records in file order, the 10 M case), and scrambled ids go back
 * to their places.
 */
class LinkComponentsTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("components-test").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void scrambledIdsGoBackToTheirPlaces() {
        Random random = new Random(7);
        for (int k = 0; k < 100_000; k++) {
            long place = k < 50_000 ? k : random.nextLong();
            assertThat(ScrambledIds.placeOf(ScrambledIds.of(place))).isEqualTo(place);
        }
        assertThat(ScrambledIds.of(1)).isNotEqualTo(1L).isNotEqualTo(ScrambledIds.of(2));
    }

    @Test
    void aChainFarLongerThanOneRoundIsOneComponent() {
        List<ScoredLink> links = new ArrayList<>();
        for (long i = 0; i < 3_000; i++) {
            links.add(new ScoredLink(i, i + 1, 10));
        }
        links.add(new ScoredLink(5_000, 5_001, 10));
        Map<Long, Long> found = components(links);
        assertThat(found).hasSize(3_003);
        assertThat(found.values().stream().distinct().count()).isEqualTo(2);
        assertThat(found.get(0L)).isEqualTo(found.get(3_000L)).isNotEqualTo(found.get(5_000L));
        assertThat(found.get(5_000L)).isEqualTo(found.get(5_001L));
    }

    @Test
    void noLinksNoComponents() {
        assertThat(components(List.of())).isEmpty();
    }

    @Test
    void aRandomGraphGetsTheUnionFindComponents() {
        Random random = new Random(11);
        List<ScoredLink> links = new ArrayList<>();
        for (int k = 0; k < 6_000; k++) {
            long i = random.nextInt(10_000);
            links.add(new ScoredLink(i, random.nextBoolean() ? i + 1 + random.nextInt(3) : random.nextInt(10_000), 9));
        }
        Map<Long, Long> found = components(links);
        Map<Long, Long> expected = unionFind(links);
        assertThat(found.keySet()).isEqualTo(expected.keySet());
        Map<Long, Long> foundToExpected = new HashMap<>();
        found.forEach((place, component) -> assertThat(foundToExpected.computeIfAbsent(component,
                c -> expected.get(place))).as("place %d", place).isEqualTo(expected.get(place)));
        assertThat(foundToExpected.values().stream().distinct().count()).isEqualTo(foundToExpected.size());
    }

    private static Map<Long, Long> components(List<ScoredLink> links) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new HashMap<>(LinkComponents.of(sc.parallelize(links, 4), 4).collectAsMap());
    }

    private static Map<Long, Long> unionFind(List<ScoredLink> links) {
        Map<Long, Long> parent = new HashMap<>();
        for (ScoredLink l : links) {
            long a = root(parent, l.i());
            long b = root(parent, l.j());
            parent.put(Math.max(a, b), Math.min(a, b));
        }
        Map<Long, Long> roots = new HashMap<>();
        parent.keySet().forEach(v -> roots.put(v, root(parent, v)));
        return roots;
    }

    private static long root(Map<Long, Long> parent, long v) {
        long r = parent.computeIfAbsent(v, x -> x);
        while (r != parent.get(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
