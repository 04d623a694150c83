package kz.koshi.demo.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's output directory: one CSV per feed, records.csv (the feeds concatenated in
 * {@link Source} order), truth.csv (record_id to person_id) and persons.csv (the golden persons).
 * Records stream through {@link ShuffleBuckets}; record_ids are given in final file order.
 */
final class OutputFiles {

    private static final int BUCKET_LINES = 50_000;

    private final Path dir;
    private final Path tmpDir;
    private final BufferedWriter persons;
    private final Map<Source, ShuffleBuckets> buckets = new EnumMap<>(Source.class);
    private final Map<Source, Integer> counts = new EnumMap<>(Source.class);

    OutputFiles(Path dir, int expectedPersons) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.tmpDir = Files.createDirectories(dir.resolve(".generate-tmp"));
        int bucketCount = Math.clamp(expectedPersons / BUCKET_LINES + 1, 1, 128);
        for (Source source : Source.values()) {
            buckets.put(source, new ShuffleBuckets(tmpDir, source.code(), bucketCount));
            counts.put(source, 0);
        }
        persons = writer("persons.csv");
        List<String> header = new ArrayList<>(SourceRecord.HEADER);
        header.addAll(List.of("person_id", "kind"));
        line(persons, Csv.join(header));
    }

    /** The golden row: native-script names, current passport; record_id empty, source {@code golden}. */
    void person(TruePerson p) throws IOException {
        String phone = p.phone() == null ? "" : p.phone();
        line(persons, Csv.join("", "golden", nativeSpelling(p.surname()), nativeSpelling(p.given()),
                p.patronymic(), p.birthDate().toString(), p.sex().code(), p.citizenship(), p.currentPassport(),
                p.iin() == null ? "" : p.iin().value(), p.address().russian(), phone, p.personId(), p.kind()));
    }

    void record(TruePerson person, SourceRecord record, Dice dice) throws IOException {
        buckets.get(record.source()).add(person.personId() + '\t' + record.csvTail(), dice);
        counts.merge(record.source(), 1, Integer::sum);
    }

    /** Writes the final files; returns the number of records per feed. */
    Map<Source, Integer> finish(long seed) throws IOException {
        persons.close();
        String header = Csv.join(SourceRecord.HEADER);
        long[] nextId = {1};
        try (BufferedWriter records = writer("records.csv"); BufferedWriter truth = writer("truth.csv")) {
            line(records, header);
            line(truth, Csv.join("record_id", "person_id"));
            for (Source source : Source.values()) {
                try (BufferedWriter feed = writer(source.fileName())) {
                    line(feed, header);
                    buckets.get(source).drain(new Dice(seed * 31 + source.ordinal()), tagged -> {
                        int tab = tagged.indexOf('\t');
                        String recordId = source.recordPrefix() + "-" + String.format("%09d", nextId[0]++);
                        String row = recordId + "," + tagged.substring(tab + 1);
                        uncheckedLine(feed, row);
                        uncheckedLine(records, row);
                        uncheckedLine(truth, recordId + "," + tagged.substring(0, tab));
                    });
                }
            }
        }
        Files.delete(tmpDir);
        return counts;
    }

    private static String nativeSpelling(NamePart name) {
        return name.latinNative() ? name.latin() : name.cyrillic();
    }

    private BufferedWriter writer(String fileName) throws IOException {
        return Files.newBufferedWriter(dir.resolve(fileName), StandardCharsets.UTF_8);
    }

    private static void line(BufferedWriter writer, String row) throws IOException {
        writer.write(row);
        writer.write(Csv.LINE_END);
    }

    private static void uncheckedLine(BufferedWriter writer, String row) {
        try {
            line(writer, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
