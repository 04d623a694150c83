package kz.koshi.identity.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SearchKeyRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SearchKeyRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void add(String personNumber, Collection<SearchKeys.Key> keys) {
        addAll(Map.of(personNumber, keys));
    }

    /** The keys of many persons at once; a key a person already has is not stored twice. */
    public void addAll(Map<String, ? extends Collection<SearchKeys.Key>> keysByPerson) {
        List<Map.Entry<String, SearchKeys.Key>> rows = keysByPerson.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(k -> Map.entry(e.getKey(), k))).distinct().toList();
        template.batchUpdate("""
                insert into identity_search_key (person_number, kind, key_value) values (?, ?, ?)
                on conflict do nothing""", rows, 1000, (ps, row) -> {
            ps.setString(1, row.getKey());
            ps.setString(2, row.getValue().kind().name());
            ps.setString(3, row.getValue().value());
        });
    }

    public void removeAll(String personNumber) {
        jdbc.sql("delete from identity_search_key where person_number = ?").param(personNumber).update();
    }

    /**
     * For each person holding any of the keys, how many of them it holds (at most {@code limit} persons, most
     * matches first), among persons visible to officers and, if a birth date or part of one is given, born then.
     */
    public Map<String, Integer> matches(SearchKeys.Kind kind, Collection<String> values, String birthPrefix, int limit) {
        if (values.isEmpty()) {
            return Map.of();
        }
        String born = birthPrefix == null ? ""
                : " and p.birth_date is not null and (p.birth_date like :prefix || '%' or :prefix like p.birth_date || '%')";
        var query = jdbc.sql("""
                select k.person_number, count(*) from identity_search_key k
                join identity_person p on p.person_number = k.person_number
                where k.kind = :kind and k.key_value in (:values) and p.record_count > 0""" + born
                + " group by k.person_number order by count(*) desc limit :limit")
                .param("kind", kind.name()).param("values", values).param("limit", limit);
        if (birthPrefix != null) {
            query = query.param("prefix", birthPrefix);
        }
        List<Object[]> rows = query.query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).list();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], (Integer) r[1]));
        return counts;
    }
}
