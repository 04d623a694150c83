package kz.koshi.relink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

import scala.Tuple2;

import kz.koshi.identity.engine.cluster.Clusterer;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.relink.BlockPairs.ScoredLink;

/**
 * Clusters the linked records: connected components ({@link LinkComponents}, GraphX's) over the links at or above
 * the link weight, then the engine's own {@link Clusterer} inside each component, with the component's links
 * strongest first. Links of two components never meet (a merge only ever joins linked groups), so this gives the
 * single-machine clusters.
 */
final class Components {

    private Components() {
    }

    /** Record place to cluster id (the record id of the cluster's first record in the batch), linked records only. */
    static JavaPairRDD<Long, String> cluster(JavaPairRDD<Long, NormalisedRecord> records, JavaRDD<ScoredLink> links,
                                             EngineContext engine, int partitions) {
        JavaPairRDD<Long, Long> component = LinkComponents.of(links, partitions);
        JavaPairRDD<Long, Tuple2<Long, NormalisedRecord>> members = component.join(records, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
        JavaPairRDD<Long, ScoredLink> linksByComponent = links.mapToPair(l -> new Tuple2<>(l.i(), l))
                .join(component, partitions).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        return members.cogroup(linksByComponent, partitions)
                .flatMapToPair(c -> clusterOne(c._2()._1(), c._2()._2(), engine).iterator());
    }

    private static List<Tuple2<Long, String>> clusterOne(Iterable<Tuple2<Long, NormalisedRecord>> members,
                                                         Iterable<ScoredLink> links, EngineContext engine) {
        List<Tuple2<Long, NormalisedRecord>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort((a, b) -> Long.compare(a._1(), b._1()));
        Map<Long, Integer> local = new HashMap<>();
        List<NormalisedRecord> records = new ArrayList<>(sorted.size());
        for (Tuple2<Long, NormalisedRecord> m : sorted) {
            local.put(m._1(), records.size());
            records.add(m._2());
        }
        List<ScoredLink> ordered = new ArrayList<>();
        links.forEach(ordered::add);
        ordered.sort((a, b) -> a.weight() != b.weight() ? Double.compare(b.weight(), a.weight())
                : a.i() != b.i() ? Long.compare(a.i(), b.i()) : Long.compare(a.j(), b.j()));
        List<Clusterer.Link> localLinks = ordered.stream().map(l -> l.local(local.get(l.i()), local.get(l.j())))
                .toList();
        int[] clusters = new Clusterer(records, engine.scorer(), engine.model().linkWeight()).cluster(localLinks);
        List<Tuple2<Long, String>> out = new ArrayList<>(records.size());
        for (int k = 0; k < clusters.length; k++) {
            out.add(new Tuple2<>(sorted.get(k)._1(), records.get(clusters[k]).recordId()));
        }
        return out;
    }
}
