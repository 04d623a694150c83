package kz.koshi.identity.relink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A run's records read in keyset pages of about {@link #PAGE} rows, never the whole run: by cluster (each cluster whole,
 * in cluster order) and by person (each person's records in the run, in person order). A page ends at a key the
 * index gives (the PAGE-th key after the last one read), so a cluster or a person is never cut in two.
 */
@Component
class RunPages {

    static final int PAGE = 5_000;

    private static final String BY_CLUSTER = """
            select c.source_record_id, c.cluster_id, s.person_number, s.source from identity_relink_cluster c
            join identity_source_record s on s.id = c.source_record_id
            where c.run_id = ? and c.cluster_id > ? and c.cluster_id <= ? order by c.cluster_id, c.source_record_id""";
    private static final String BY_PERSON = """
            select s.id, c.cluster_id, s.person_number, s.source from identity_source_record s
            join identity_relink_cluster c on c.source_record_id = s.id and c.run_id = ?
            where s.person_number > ? and s.person_number <= ? order by s.person_number, s.id""";

    private final JdbcClient jdbc;

    RunPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forEachCluster(long run, Consumer<List<RunRecord>> cluster) {
        long after = Long.MIN_VALUE;
        while (true) {
            Long bound = jdbc.sql("""
                    select cluster_id from identity_relink_cluster where run_id = ? and cluster_id > ?
                    order by cluster_id offset ? rows fetch next 1 rows only""")
                    .params(run, after, PAGE - 1).query(Long.class).optional().orElse(Long.MAX_VALUE);
            List<RunRecord> page = jdbc.sql(BY_CLUSTER).params(run, after, bound).query(RunPages::map).list();
            groups(page, RunRecord::clusterId).forEach(cluster);
            if (page.isEmpty() || bound == Long.MAX_VALUE) {
                return;
            }
            after = bound;
        }
    }

    void forEachPerson(long run, Consumer<List<RunRecord>> person) {
        String after = "";
        while (true) {
            String bound = jdbc.sql("""
                    select person_number from identity_source_record where person_number > ?
                    order by person_number offset ? rows fetch next 1 rows only""")
                    .params(after, PAGE - 1).query(String.class).optional().orElse(null);
            List<RunRecord> page = bound == null
                    ? jdbc.sql(BY_PERSON.replace(" and s.person_number <= ?", "")).params(run, after).query(RunPages::map).list()
                    : jdbc.sql(BY_PERSON).params(run, after, bound).query(RunPages::map).list();
            groups(page, RunRecord::person).forEach(person);
            if (bound == null) {
                return;
            }
            after = bound;
        }
    }

    private static <K> List<List<RunRecord>> groups(List<RunRecord> page, Function<RunRecord, K> key) {
        List<List<RunRecord>> groups = new ArrayList<>();
        for (RunRecord r : page) {
            if (groups.isEmpty() || !key.apply(groups.getLast().getFirst()).equals(key.apply(r))) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(r);
        }
        return groups;
    }

    private static RunRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RunRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }
}
