package kz.koshi.identity.engine;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.engine.normal.NameKeys;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Normaliser;

/**
 * A batch of records held in normalised, compact form only: a reader can stream a file of any size
 * into it without keeping raw lines. Records without any name are kept (so every input gets a cluster)
 * but never proposed as candidates: nothing safe can be said about who they are.
 */
public final class RecordSet {

    private final Normaliser normaliser;
    private final List<NormalisedRecord> records = new ArrayList<>();

    public RecordSet(NameKeys keys) {
        this.normaliser = new Normaliser(keys);
    }

    public static RecordSet of(NameKeys keys, List<IdentityRecord> records) {
        RecordSet set = new RecordSet(keys);
        records.forEach(set::add);
        return set;
    }

    public void add(IdentityRecord record) {
        records.add(normaliser.add(record));
    }

    public int size() {
        return records.size();
    }

    public List<NormalisedRecord> records() {
        return records;
    }

    public Normaliser normaliser() {
        return normaliser;
    }
}
