package kz.koshi.identity.registry;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonSummary;

/**
 * Builds a person's golden record from their source records (docs/identity.md):
 * names, sex and citizenship from the most trusted source (documents read at the border first), the newest
 * record winning a tie; the most precise birth date (a full date beats year-month beats a year); the document
 * number of the most recently received record that has one; the IIN from the most trusted source.
 */
public final class Survivorship {

    private final List<String> trustOrder;

    public Survivorship(List<String> trustOrder) {
        this.trustOrder = List.copyOf(trustOrder);
    }

    public PersonSummary golden(String personNumber, List<StoredRecord> records) {
        Comparator<StoredRecord> byTrust = Comparator.comparingInt((StoredRecord r) -> trust(r.record().source()))
                .thenComparing(StoredRecord::receivedAt, Comparator.reverseOrder());
        List<StoredRecord> trusted = records.stream().sorted(byTrust).toList();
        List<StoredRecord> newest = records.stream().sorted(Comparator.comparing(StoredRecord::receivedAt).reversed()).toList();
        return new PersonSummary(personNumber,
                first(trusted, IncomingRecord::surname), first(trusted, IncomingRecord::givenName),
                first(trusted, IncomingRecord::patronymic), mostPreciseBirthDate(trusted),
                first(trusted, IncomingRecord::sex), first(trusted, IncomingRecord::citizenship),
                first(newest, IncomingRecord::documentNumber), first(trusted, IncomingRecord::nationalId), records.size());
    }

    private int trust(String source) {
        int rank = trustOrder.indexOf(source);
        return rank < 0 ? trustOrder.size() : rank;
    }

    private static String mostPreciseBirthDate(List<StoredRecord> trusted) {
        return trusted.stream().map(r -> r.record().birthDate()).filter(d -> d != null && !d.isBlank())
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    private static String first(List<StoredRecord> records, Function<IncomingRecord, String> field) {
        return records.stream().map(r -> field.apply(r.record())).filter(v -> v != null && !v.isBlank())
                .findFirst().map(String::trim).orElse(null);
    }
}
