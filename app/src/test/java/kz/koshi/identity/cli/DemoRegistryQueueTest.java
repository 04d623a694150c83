package kz.koshi.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.koshi.demo.generator.GenerateCommand;
import kz.koshi.identity.engine.Decision;
import kz.koshi.identity.engine.IdentityRecord;
import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.Resolution;
import kz.koshi.identity.engine.ResolutionIndex;
import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded demo's population (300 persons, seed 42, as application.properties) resolved record by record,
 * in file order, the way the registry resolves the demo's feed with its default model. Before issue 12 it left
 * 41 records for review, most at 100 %, and made one traveller four persons: a namesake born the same year with
 * another passport counted as a second "certain" person, and each queued record became one more such person.
 */
class DemoRegistryQueueTest {

    @TempDir
    Path dir;

    @Test
    void theDemoQueueIsSmallAndOnePassportWithOneBirthDateIsOnePerson() throws IOException {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new GenerateCommand().run(List.of("--persons", "300", "--seed", "42", "--out", dir.toString()),
                quiet, quiet)).isZero();
        List<IdentityRecord> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(Files.newBufferedReader(dir.resolve("records.csv"), StandardCharsets.UTF_8))) {
            new RecordCsvReader().read(csv, records::add, quiet);
        }
        ResolutionIndex index = new ResolutionIndex(MatchModel.defaults(), new TransliterationKeys());
        Map<String, Set<String>> personsOfPassportAndBirth = new HashMap<>();
        int reviews = 0;
        int sureReviews = 0;
        for (IdentityRecord record : records) {
            Resolution r = index.resolve(record);
            String person = r.linkedPerson().orElse("N-" + record.recordId());
            if (r.decision() == Decision.REVIEW) {
                reviews++;
                sureReviews += r.candidates().getFirst().probability() > 0.99 && r.candidates().getFirst().cannotLink() == null ? 1 : 0;
            }
            index.add(record, person);
            if (record.documentNumber() != null && record.birthDate().day() != 0) {
                personsOfPassportAndBirth.computeIfAbsent(record.documentNumber().replace(" ", "") + record.birthDate(),
                        k -> new HashSet<>()).add(person);
            }
        }

        assertThat(reviews).as("records left for review of %d", records.size()).isBetween(1, 12);
        assertThat(sureReviews).as("pairs at 100 %% queued although nothing bars them").isLessThanOrEqualTo(1);
        assertThat(personsOfPassportAndBirth.values()).allSatisfy(persons -> assertThat(persons).hasSize(1));
    }
}
