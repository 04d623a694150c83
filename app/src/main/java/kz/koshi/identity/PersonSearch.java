package kz.koshi.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.koshi.identity.registry.PersonRepository;
import kz.koshi.identity.registry.SearchKeyRepository;
import kz.koshi.identity.registry.SearchKeys;
import kz.koshi.shared.Iin;
import org.springframework.stereotype.Component;

/**
 * Reads a free-text query the way an officer types it: names in any script or spelling, a birth date or
 * part of one ({@code 1994}, {@code 1994-03}, {@code 12.03.1994}), a document number or an IIN, in any
 * order. Persons are ranked by how many terms they match; a document or IIN match counts most.
 */
@Component
class PersonSearch {

    static final int LIMIT = 50;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
    private static final Pattern DOCUMENT = Pattern.compile("(?=.*\\d)[\\p{Alnum}\\-]{5,}");

    private final SearchKeyRepository keys;
    private final PersonRepository persons;

    PersonSearch(SearchKeyRepository keys, PersonRepository persons) {
        this.keys = keys;
        this.persons = persons;
    }

    List<PersonHit> find(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> iins = new ArrayList<>();
        String birthPrefix = null;
        for (String term : query.trim().split("\\s+")) {
            Matcher dotted = DOTTED_DATE.matcher(term);
            if (ISO_DATE.matcher(term).matches()) {
                birthPrefix = term;
            } else if (dotted.matches()) {
                birthPrefix = dotted.group(3) + "-" + dotted.group(2) + "-" + dotted.group(1);
            } else if (term.matches("\\d{12}") && Iin.isValid(term)) {
                iins.add(term);
            } else if (DOCUMENT.matcher(term).matches()) {
                documents.add(SearchKeys.document(term));
            } else if (SearchKeys.nameKey(term) != null) {
                names.add(SearchKeys.nameKey(term));
            }
        }
        Map<String, Integer> scores = new HashMap<>();
        spacedDocument(query).ifPresent(document -> keys.matches(SearchKeys.Kind.DOC, List.of(document), null, 50)
                .forEach((p, n) -> scores.merge(p, 10 * n, Integer::sum)));
        keys.matches(SearchKeys.Kind.NAME, names, birthPrefix, 500).forEach((p, n) -> scores.merge(p, n, Integer::sum));
        keys.matches(SearchKeys.Kind.DOC, documents, birthPrefix, 50).forEach((p, n) -> scores.merge(p, 10 * n, Integer::sum));
        keys.matches(SearchKeys.Kind.IIN, iins, birthPrefix, 50).forEach((p, n) -> scores.merge(p, 10 * n, Integer::sum));
        return ranked(scores);
    }

    /** A document number typed in groups or in lower case ({@code "n 1234 567"}), read as one number besides the terms. */
    private static Optional<String> spacedDocument(String query) {
        String joined = query.strip().replaceAll("\\s+", "");
        return joined.length() < query.strip().length() && DOCUMENT.matcher(joined).matches()
                ? Optional.ofNullable(SearchKeys.document(joined)) : Optional.empty();
    }

    private List<PersonHit> ranked(Map<String, Integer> scores) {
        return persons.findAll(scores.keySet()).stream()
                .map(p -> new PersonHit(p, scores.get(p.personNumber())))
                .sorted(Comparator.comparingInt(PersonHit::score).reversed().thenComparing(h -> h.person().personNumber()))
                .limit(LIMIT).toList();
    }
}
