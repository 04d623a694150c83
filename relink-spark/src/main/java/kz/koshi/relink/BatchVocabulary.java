package kz.koshi.relink;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;

import scala.Tuple2;

import kz.koshi.identity.cli.StandardNameKeys;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.Vocabulary;

/**
 * The vocabulary of the whole batch, in the order a single {@link Normaliser} would intern its strings: each
 * partition notes where each string first appears (record number, then place within the record), the earliest
 * place wins, and the strings are numbered in that order. So every record gets the ids the single-machine run
 * gives it, and the blocks, windows and ties come out the same. Only distinct strings reach the driver.
 */
final class BatchVocabulary {

    /** Strings first seen in one record are fewer than this; it orders them within the record. */
    private static final long PLACES_PER_RECORD = 4096;

    private BatchVocabulary() {
    }

    /** Every string of the batch except the empty one (id 0), in first-seen order. */
    static ArrayList<String> of(JavaPairRDD<Long, String[]> rows) {
        List<String> strings = rows.mapPartitionsToPair(BatchVocabulary::firstSeen)
                .reduceByKey(Math::min).mapToPair(Tuple2::swap).sortByKey().values().collect();
        return new ArrayList<>(strings);
    }

    static Vocabulary rebuild(List<String> strings) {
        Vocabulary vocabulary = new Vocabulary();
        strings.forEach(vocabulary::intern);
        return vocabulary;
    }

    private static Iterator<Tuple2<String, Long>> firstSeen(Iterator<Tuple2<Long, String[]>> rows) {
        List<Tuple2<Long, String[]>> sorted = new ArrayList<>();
        rows.forEachRemaining(sorted::add);
        sorted.sort((a, b) -> Long.compare(a._1(), b._1()));
        Normaliser local = new Normaliser(StandardNameKeys.get());
        Vocabulary vocabulary = local.vocabulary();
        List<Tuple2<String, Long>> seen = new ArrayList<>();
        for (Tuple2<Long, String[]> row : sorted) {
            int before = vocabulary.size();
            local.normalise(SourceRows.record(row._2()));
            for (int id = before; id < vocabulary.size(); id++) {
                seen.add(new Tuple2<>(vocabulary.string(id), row._1() * PLACES_PER_RECORD + id - before));
            }
        }
        return seen.iterator();
    }
}
