package kz.koshi.identity.engine.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.normal.NormalisedRecord;
import kz.koshi.identity.engine.normal.Normaliser;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

    private final Normaliser normaliser = new Normaliser(new TransliterationKeys());

    @Test
    void aVeryCommonNameDoesNotExplodeIntoAllPairs() {
        List<NormalisedRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            records.add(normaliser.add(IdentityRecord.builder("r" + i).surname("Иванов").givenName("Сергей")
                    .birthDate("%d-%02d-%02d".formatted(1950 + i % 50, 1 + i % 12, 1 + i % 28)).build()));
        }
        AtomicLong pairs = new AtomicLong();
        new CandidatePairs(records, BlockingPass.LINKING, 64, 24).forEach((i, j) -> pairs.incrementAndGet());
        long allPairs = 3000L * 2999 / 2;
        long bound = (long) BlockingPass.LINKING.size() * 3000 * 24;
        assertThat(pairs.get()).isLessThanOrEqualTo(bound).isLessThan(allPairs / 10);
    }

    @Test
    void oneWrongFieldNeverHidesAMatchBecauseAnotherPassProposesIt() {
        Set<String> found = candidatesOf(
                base("a").surname("Yusupov").givenName("Sherzod").birthDate("1994-03-17"),
                base("b").surname("Yusupvo").givenName("Sherzod").birthDate("1994-03-17"), // surname typo
                base("c").surname("Yusupov").givenName("Sherzod").birthDate("1949-03-17"), // date typo
                base("d").surname("Petrov").givenName("Ivan").documentNumber("FA1234567"),
                base("e").surname("Petrova").givenName("Anna").documentNumber("FA1234567"), // same document
                base("f").surname("Smith").givenName("John").birthDate("1960-01-01"));
        assertThat(found).contains("a-b", "a-c", "d-e").noneMatch(p -> p.contains("f"));
    }

    @Test
    void eachPairIsProposedOnceEvenWhenSeveralPassesAgree() {
        List<NormalisedRecord> records = List.of(
                normaliser.add(base("a").surname("Yusupov").givenName("Sherzod").birthDate("1994-03-17")
                        .documentNumber("FA1").phone("7015551234").build()),
                normaliser.add(base("b").surname("Yusupov").givenName("Sherzod").birthDate("1994-03-17")
                        .documentNumber("FA1").phone("7015551234").build()));
        AtomicLong pairs = new AtomicLong();
        CandidatePairs.of(records).forEach((i, j) -> pairs.incrementAndGet());
        assertThat(pairs.get()).isEqualTo(1);
    }

    private Set<String> candidatesOf(IdentityRecord.Builder... builders) {
        List<NormalisedRecord> records = new ArrayList<>();
        for (IdentityRecord.Builder b : builders) {
            records.add(normaliser.add(b.build()));
        }
        Set<String> found = new HashSet<>();
        CandidatePairs.of(records).forEach((i, j) -> {
            synchronized (found) {
                found.add(records.get(i).recordId() + "-" + records.get(j).recordId());
            }
        });
        return found;
    }

    private static IdentityRecord.Builder base(String id) {
        return IdentityRecord.builder(id);
    }
}
