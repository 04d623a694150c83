package kz.koshi.identity.split;

import java.util.List;

import kz.koshi.identity.registry.StoredRecord;

/** The registry's own way of moving records between persons, as merges and reverts move them (port, implemented by the registry). */
public interface RecordMoves {

    /** Moves {@code leaving} (records of {@code personNumber}) to a new person and gives its number. */
    String toNewPerson(String personNumber, List<StoredRecord> leaving, String actor, String reason);

    /** Where a person number lives now, following merges. */
    String currentNumber(String personNumber);
}
