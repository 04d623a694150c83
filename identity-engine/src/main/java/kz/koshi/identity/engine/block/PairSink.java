package kz.koshi.identity.engine.block;

/** Receives candidate pairs (record indexes, i < j); called from several threads at once. */
@FunctionalInterface
public interface PairSink {
    void accept(int i, int j);
}
