package kz.koshi.relink;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

import kz.koshi.relink.BlockPairs.ScoredLink;

/**
 * The connected components of the link graph by GraphX's connected components, run {@value #ITERATIONS} iterations at
 * a time. Pregel needs one iteration per link of a component's longest path, and at 10 M records namesakes chain
 * through near birth dates into long components (an unbounded run iterated for over 35 minutes). So each round runs GraphX for a bounded number
 * of iterations, contracts every group of vertices that found the same smallest id into one vertex (a group is
 * always inside one component), and runs GraphX again over the links left between groups, until no link joins two
 * groups. With scrambled ids ({@link ScrambledIds}) a round shortens every chain about {@value #ITERATIONS}-fold, and
 * every round leaves fewer vertices than it found, so the rounds end.
 */
final class LinkComponents {

    static final int ITERATIONS = 32;

    private static final ClassTag<Object> ANY = ClassTag$.MODULE$.Object();
    private static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK();

    private LinkComponents() {
    }

    /** Record place to component id, for every record with a link. */
    static JavaPairRDD<Long, Long> of(JavaRDD<ScoredLink> links, int partitions) {
        JavaPairRDD<Long, Long> edges = links.mapToPair(l ->
                new Tuple2<>(ScrambledIds.of(l.i()), ScrambledIds.of(l.j())));
        JavaPairRDD<Long, Long> groups = bounded(edges);
        JavaPairRDD<Long, Long> between = contracted(edges, groups, partitions);
        for (int round = 2; !between.isEmpty(); round++) {
            System.err.printf("relink: connected components, round %d: %d links between groups%n", round, between.count());
            JavaPairRDD<Long, Long> joined = bounded(between);
            JavaPairRDD<Long, Long> nextGroups = composed(groups, joined, partitions);
            JavaPairRDD<Long, Long> nextBetween = contracted(between, joined, partitions);
            groups.unpersist(false);
            between.unpersist(false);
            joined.unpersist(false);
            groups = nextGroups;
            between = nextBetween;
        }
        between.unpersist(false);
        return groups.mapToPair(g -> new Tuple2<>(ScrambledIds.placeOf(g._1()), g._2()));
    }

    /** Vertex to the smallest id it reaches within {@value #ITERATIONS} links. */
    private static JavaPairRDD<Long, Long> bounded(JavaPairRDD<Long, Long> edges) {
        Graph<Object, Object> graph = Graph.fromEdges(edges.map(e -> new Edge<Object>(e._1(), e._2(), null)).rdd(),
                null, KEPT, KEPT, ANY, ANY);
        JavaPairRDD<Long, Long> found = graph.ops().connectedComponents(ITERATIONS).vertices().toJavaRDD()
                .mapToPair(v -> new Tuple2<>((Long) v._1(), (Long) v._2())).persist(KEPT);
        found.count();
        graph.unpersist(false);
        return found;
    }

    /** The links between different groups, as links between the groups' ids, each once. */
    private static JavaPairRDD<Long, Long> contracted(JavaPairRDD<Long, Long> edges, JavaPairRDD<Long, Long> found,
                                                      int partitions) {
        JavaPairRDD<Long, Long> between = edges.join(found, partitions)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                .join(found, partitions)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                .filter(e -> !e._1().equals(e._2()))
                .mapToPair(e -> e._1() < e._2() ? e : e.swap())
                .distinct(partitions).persist(KEPT);
        between.count();
        return between;
    }

    /** Each record's group followed into the group its group joined this round. */
    private static JavaPairRDD<Long, Long> composed(JavaPairRDD<Long, Long> groups, JavaPairRDD<Long, Long> found,
                                                    int partitions) {
        JavaPairRDD<Long, Long> next = groups.mapToPair(Tuple2::swap).leftOuterJoin(found, partitions)
                .mapToPair(g -> new Tuple2<>(g._2()._1(), g._2()._2().orElse(g._1()))).persist(KEPT);
        next.count();
        return next;
    }
}
