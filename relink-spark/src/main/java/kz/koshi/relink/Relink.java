package kz.koshi.relink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import scala.Tuple2;

import kz.koshi.identity.engine.Field;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.block.CandidatePairs;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.relink.BlockPairs.ScoredLink;
import kz.koshi.relink.Member.BlockId;

/**
 * The national re-link: the single-machine {@code link} run (normalise, block, score with the trained model,
 * cluster) spread over a Spark cluster. Every record gets a cluster; the clusters come out as the single machine's.
 */
final class Relink {

    private final SparkSession spark;
    private final int partitions;

    Relink(SparkSession spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    /** (place in the batch, record id, cluster id) for every record with a record id. */
    Result run(String input, MatchModel model) {
        return run(SourceRows.read(spark, input, partitions), model);
    }

    /**
     * The same over rows from elsewhere (the registry), keyed by their place in the batch, values in
     * {@link SourceRows#COLUMNS} order.
     */
    Result run(JavaPairRDD<Long, String[]> batch, MatchModel model) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<Long, String[]> rows = batch.persist(StorageLevel.MEMORY_AND_DISK());
        EngineContext engine = new EngineContext(sc, BatchVocabulary.of(rows), model);
        JavaPairRDD<Long, NormalisedRecord> records = rows.mapValues(v -> engine.normaliser()
                .normalise(SourceRows.record(v))).persist(StorageLevel.MEMORY_AND_DISK());
        EngineContext scoring = engine.counted(sc, frequencies(records));
        long size = records.count();
        Broadcast<Set<BlockId>> oversized = sc.broadcast(oversized(records, size));
        LongAccumulator candidates = sc.sc().longAccumulator("candidate pairs");
        JavaRDD<ScoredLink> kept = records
                .map(t -> Member.of(t._1(), t._2(), size, oversized.value()))
                .flatMapToPair(m -> blocksOf(m, size).iterator())
                .groupByKey(partitions)
                .flatMap(b -> BlockPairs.of(b._1().pass(), list(b._2()), scoring.scorer(), candidates).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        double linkWeight = model.linkWeight();
        JavaPairRDD<Long, String> linked = Components.cluster(records, kept.filter(l -> l.weight() >= linkWeight),
                scoring, partitions);
        JavaPairRDD<Long, String[]> clusters = records.leftOuterJoin(linked, partitions).mapToPair(t ->
                new Tuple2<>(t._1(), new String[] {t._2()._1().recordId(), t._2()._2().orElse(t._2()._1().recordId())}));
        return new Result(clusters, kept, candidates, size, engine, scoring);
    }

    /** Counts of the frequency-adjusted values over the batch (those {@code Normaliser.add} counts). */
    private static HashMap<Long, Integer> frequencies(JavaPairRDD<Long, NormalisedRecord> records) {
        Map<Long, Long> counts = records.values().flatMap(r -> List.of(
                EngineContext.frequencyKey(Field.SURNAME, r.surnameKey()),
                EngineContext.frequencyKey(Field.GIVEN_NAME, r.givenKey()),
                EngineContext.frequencyKey(Field.CITIZENSHIP, r.citizenship())).iterator())
                .filter(k -> (int) (long) k != 0).countByValue();
        HashMap<Long, Integer> table = new HashMap<>();
        counts.forEach((k, v) -> table.put(k, Math.toIntExact(v)));
        return table;
    }

    /** The blocks too large to compare all-to-all: their members are compared within a window. */
    private Set<BlockId> oversized(JavaPairRDD<Long, NormalisedRecord> records, long size) {
        List<BlockId> large = records.values().flatMapToPair(r -> {
                    long[] keys = Member.keysOf(r);
                    List<Tuple2<BlockId, Long>> blocks = new java.util.ArrayList<>();
                    for (int p = 0; p < keys.length; p++) {
                        if (keys[p] != 0) {
                            blocks.add(new Tuple2<>(Member.block(p, keys[p], size), 1L));
                        }
                    }
                    return blocks.iterator();
                }).reduceByKey(Long::sum, partitions)
                .filter(b -> b._2() > Member.PASSES.get(b._1().pass()).fullBlockLimit(CandidatePairs.MAX_BLOCK))
                .keys().collect();
        return new HashSet<>(large);
    }

    private static List<Tuple2<BlockId, Member>> blocksOf(Member m, long size) {
        List<Tuple2<BlockId, Member>> blocks = new java.util.ArrayList<>();
        for (int p = 0; p < m.keys().length; p++) {
            if (m.keys()[p] != 0) {
                blocks.add(new Tuple2<>(Member.block(p, m.keys()[p], size), m));
            }
        }
        return blocks;
    }

    private static List<Member> list(Iterable<Member> members) {
        List<Member> list = new java.util.ArrayList<>();
        members.forEach(list::add);
        return list;
    }

    /** The clusters (place, [record id, cluster id]), the kept pairs, and what the run counted. */
    record Result(JavaPairRDD<Long, String[]> clusters, JavaRDD<ScoredLink> pairs, LongAccumulator candidates,
                  long records, EngineContext normalising, EngineContext scoring) {

        void release() {
            normalising.release();
            scoring.release();
        }
    }
}
