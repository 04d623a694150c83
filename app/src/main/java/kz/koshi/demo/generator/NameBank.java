package kz.koshi.demo.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.shared.Sex;

/**
 * Name lists, short forms, cities and streets read from UTF-8 resources under {@code generator/}.
 * Lines starting with # are comments; lists keep file order (most common first), which both
 * {@link Dice#pickSkewed} and the namesake groups rely on.
 */
final class NameBank {

    private final Map<String, List<NamePart>> lists = new HashMap<>();
    private final Map<String, String[]> patronymics = new HashMap<>();
    private final Map<String, List<String>> shortForms = new HashMap<>();
    private final List<City> cities;
    private final List<String> streets;

    private NameBank() {
        for (People people : People.values()) {
            for (String kind : List.of(people.givenResource() + "_male", people.givenResource() + "_female",
                    people.surnameResource() + "_surnames")) {
                lists.computeIfAbsent(kind, k -> lines(k).stream().map(NamePart::parse).toList());
            }
        }
        lines("patronymics").forEach(line -> {
            String[] parts = line.split("\\|");
            patronymics.put(parts[0], parts);
        });
        lines("short_forms").forEach(line -> {
            String[] parts = line.split("\\|");
            shortForms.put(parts[0], List.of(parts).subList(1, parts.length));
        });
        cities = lines("cities").stream().map(City::parse).toList();
        streets = lines("streets");
    }

    static NameBank load() {
        return new NameBank();
    }

    List<NamePart> given(People people, Sex sex) {
        return lists.get(people.givenResource() + (sex == Sex.MALE ? "_male" : "_female"));
    }

    /** Surnames in the male form; see {@link SurnameForms} for the female one. */
    List<NamePart> surnames(People people) {
        return lists.get(people.surnameResource() + "_surnames");
    }

    String irregularPatronymic(String fatherGiven, Sex sex) {
        String[] forms = patronymics.get(fatherGiven);
        return forms == null ? null : forms[sex == Sex.MALE ? 1 : 2];
    }

    List<String> shortForms(String given) {
        return shortForms.getOrDefault(given, List.of());
    }

    List<City> cities() {
        return cities;
    }

    List<String> streets() {
        return streets;
    }

    private static List<String> lines(String name) {
        String path = "/generator/" + name + ".txt";
        try (InputStream in = NameBank.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
