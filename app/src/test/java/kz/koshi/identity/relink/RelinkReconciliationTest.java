package kz.koshi.identity.relink;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.koshi.DatabaseTest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonResolution;
import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.ReviewRepository;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: a national re-link run, written as the Spark job writes it, reconciled into review proposals: merge
 * proposals in the right queue, explained and naming the run; a rejected pair and a hard-rule pair left out and
 * counted; a split proposal with the records that would leave; one reconcile at a time, and only of a WRITTEN run;
 * the administrator's page and API only.
 */
@DatabaseTest
class RelinkReconciliationTest {

    /** Simultaneous requests in the burst tests: more than the connection pool holds. */
    private static final int BURST = 40;

    @Autowired
    IdentityResolution identity;
    @Autowired
    RelinkReconciliation reconciliation;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private PersonResolution person(String source, String id, String surname, String given, String born, String passport,
                                    String iin) {
        return identity.resolve(new IncomingRecord(source, id, surname, given, null, born, "F", "KAZ", passport, iin, null, null));
    }

    private long recordId(String source, String id) {
        return jdbc.sql("select id from identity_source_record where source = ? and source_record_id = ?").params(source, id)
                .query(Long.class).single();
    }

    /** A run as the job leaves it: its row, then every record's cluster (named by one of its records' ids). */
    private long run(String status, List<List<Long>> clusters) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into identity_relink_run (status, started_at, written_at, record_count, cluster_count) values (?, ?, ?, ?, ?)")
                .params(status, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                        clusters.stream().mapToInt(List::size).sum(), clusters.size())
                .update(key, "id");
        long run = key.getKey().longValue();
        for (List<Long> cluster : clusters) {
            for (long record : cluster) {
                jdbc.sql("insert into identity_relink_cluster (run_id, source_record_id, cluster_id) values (?, ?, ?)")
                        .params(run, record, cluster.getFirst()).update();
            }
        }
        return run;
    }

    private List<ReviewItem> proposalsOf(long run) {
        return jdbc.sql("select id from identity_review where relink_run = ? order by id").param(run).query(Long.class).list()
                .stream().map(id -> reviews.find(id).orElseThrow()).toList();
    }

    private RelinkRun asAdmin(Callable<RelinkRun> work) throws Exception {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aRunBecomesMergeAndSplitProposalsAndWhatIsDecidedOrApartIsLeftOutAndCounted() throws Exception {
        PersonResolution omarova = person("migration_police", "rl-1", "Омарова", "Асель", "1991-04-12", null, null);
        PersonResolution tokaeva = person("border", "rl-2", "Токаева", "Мадина", "1987-09-30", null, null);
        PersonResolution crisis = person("crisis_centre", "rl-3", "Жумабаева", "Айгуль", "1995-01-05", null, null);
        PersonResolution border = person("border", "rl-9", "Исмаилова", "Айгерим", "1994-11-25", null, null);
        LocalDate born = LocalDate.of(1984, 7, 19);
        PersonResolution iinOne = person("labour", "rl-4", "Серикова", "Жанна", born.toString(), null,
                Iin.issue(born, Sex.FEMALE, 4101).orElseThrow().value());
        PersonResolution iinTwo = person("labour", "rl-5", "Сейткали", "Жанар", born.toString(), null,
                Iin.issue(born, Sex.FEMALE, 4207).orElseThrow().value());
        PersonResolution hotelOne = person("hotel", "rl-6", "Бекова", "Алия", "1979-02-14", null, null);
        PersonResolution hotelTwo = person("hotel", "rl-7", "Абенова", "Лаура", "1982-12-03", null, null);
        reviews.openAll(List.of(new ReviewRepository.NewReview(recordId("hotel", "rl-7"), hotelOne.personNumber(),
                recordId("hotel", "rl-6"), 0.4, -1.0, "[]", false, null)), java.time.Instant.now());
        ReviewItem rejected = reviews.ofRecord(recordId("hotel", "rl-7")).getLast();
        reviews.decide(rejected.id(), ReviewItem.Status.REJECTED, "police", "two women", java.time.Instant.now());
        PersonResolution split = person("border", "rl-8a", "Касымова", "Дина", "1990-06-21", "N71000808", null);
        assertThat(person("migration_police", "rl-8b", "Касымова", "Дина", "1990-06-21", "N71000808", null).personNumber())
                .isEqualTo(split.personNumber());
        assertThat(person("labour", "rl-8c", "Касымова", "Дина", "1990-06-21", "N71000808", null).personNumber())
                .isEqualTo(split.personNumber());
        assertThat(List.of(omarova, tokaeva, crisis, border, iinOne, iinTwo, hotelOne, hotelTwo).stream()
                .map(PersonResolution::personNumber).distinct()).hasSize(8);

        long run = run("WRITTEN", List.of(
                List.of(recordId("migration_police", "rl-1"), recordId("border", "rl-2")),
                List.of(recordId("crisis_centre", "rl-3"), recordId("border", "rl-9")),
                List.of(recordId("labour", "rl-4"), recordId("labour", "rl-5")),
                List.of(recordId("hotel", "rl-6"), recordId("hotel", "rl-7")),
                List.of(recordId("border", "rl-8a"), recordId("migration_police", "rl-8b")),
                List.of(recordId("labour", "rl-8c"))));

        RelinkRun done = asAdmin(() -> reconciliation.reconcile(run));

        assertThat(done.status()).isEqualTo(RelinkStatus.RECONCILED);
        assertThat(done.reconciledBy()).isEqualTo("admin");
        assertThat(done.counts()).isEqualTo(new RelinkCounts(2, 1, 1, 1));
        List<ReviewItem> merges = proposalsOf(run);
        assertThat(merges).hasSize(2).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(ReviewItem.Status.OPEN);
            assertThat(item.explanation()).contains("\"field\"", "\"weight\"");
        });
        ReviewItem officers = merges.stream().filter(i -> !i.protectedPair()).findFirst().orElseThrow();
        assertThat(java.util.Set.of(officers.sourceRecordId(), officers.candidateRecordId()))
                .isEqualTo(java.util.Set.of(recordId("migration_police", "rl-1"), recordId("border", "rl-2")));
        ReviewItem protectedPair = merges.stream().filter(ReviewItem::protectedPair).findFirst().orElseThrow();
        assertThat(java.util.Set.of(protectedPair.sourceRecordId(), protectedPair.candidateRecordId()))
                .contains(recordId("crisis_centre", "rl-3"));
        assertThat(reviews.awaiting(200, false)).extracting(ReviewItem::id).doesNotContain(protectedPair.id());
        assertThat(jdbc.sql("select count(*) from identity_review where relink_run = ? and candidate_person in (?, ?)")
                .params(run, iinOne.personNumber(), iinTwo.personNumber()).query(Long.class).single()).isZero();

        List<Map<String, Object>> splits = jdbc.sql("select * from identity_split_proposal where run_id = ?").param(run)
                .query().listOfRows();
        assertThat(splits).hasSize(1);
        assertThat(splits.getFirst().get("person_number")).isEqualTo(split.personNumber());
        assertThat(splits.getFirst().get("status")).isEqualTo("OPEN");
        assertThat(splits.getFirst().get("protected_pair")).isEqualTo(false);
        assertThat(jdbc.sql("select source_record_id from identity_split_record where proposal_id = ?")
                .param(splits.getFirst().get("id")).query(Long.class).list()).containsExactly(recordId("labour", "rl-8c"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RELINK_RECONCILED' and subject_id = ?")
                .param(String.valueOf(run)).query(Long.class).single()).isEqualTo(1);
        assertThat(identity.personOfRecord("labour", "rl-8c")).contains(split.personNumber());
        assertThat(identity.personOfRecord("border", "rl-2")).as("nothing merged by reconciling").contains(tokaeva.personNumber());

        reviews.decide(officers.id(), ReviewItem.Status.REJECTED, "police", "two women", java.time.Instant.now());
        long again = run("WRITTEN", List.of(
                List.of(recordId("migration_police", "rl-1"), recordId("border", "rl-2")),
                List.of(recordId("border", "rl-8a"), recordId("migration_police", "rl-8b")),
                List.of(recordId("labour", "rl-8c"))));
        RelinkRun second = asAdmin(() -> reconciliation.reconcile(again));
        assertThat(second.counts()).as("the rejected pair and the open split are not proposed again")
                .isEqualTo(new RelinkCounts(0, 0, 2, 0));
        assertThat(proposalsOf(again)).isEmpty();
    }

    @Test
    void aRunStillBeingWrittenOrAlreadyReconciledIsRefusedWith409AndOnlyTheAdministratorsTokenPasses() throws Exception {
        PersonResolution one = person("border", "rl-w1", "Мусина", "Камила", "1993-03-03", "N71001111", null);
        long writing = run("WRITING", List.of(List.of(recordId("border", "rl-w1"))));
        mvc.perform(post("/api/v1/identity/relink-runs/" + writing + "/reconcile").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:koshi:problem:conflict"));
        assertThat(jdbc.sql("select status from identity_relink_run where id = ?").param(writing).query(String.class).single())
                .isEqualTo("WRITING");

        long written = run("WRITTEN", List.of(List.of(recordId("border", "rl-w1"))));
        for (String other : List.of("koshi-demo-border", "koshi-demo-police", "koshi-demo-crisis", "koshi-demo-labour")) {
            mvc.perform(post("/api/v1/identity/relink-runs/" + written + "/reconcile").header("Authorization", "Bearer " + other))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/identity/relink-runs").header("Authorization", "Bearer " + other))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/identity/relink-runs/" + written + "/reconcile").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECONCILED"))
                .andExpect(jsonPath("$.counts.mergeProposals").value(0));
        mvc.perform(post("/api/v1/identity/relink-runs/" + written + "/reconcile").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/identity/relink-runs").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + written)));
        mvc.perform(post("/api/v1/identity/relink-runs/99999999/reconcile").header("Authorization", "Bearer koshi-demo-admin"))
                .andExpect(status().isNotFound());
        assertThat(one.personNumber()).isNotBlank();
    }

    @Test
    void aBurstOfFortyReconcilesOfOneRunRunsItExactlyOnce() throws Exception {
        PersonResolution a = person("border", "rl-c1", "Ергалиева", "Сауле", "1986-08-08", null, null);
        PersonResolution b = person("migration_police", "rl-c2", "Нуртаева", "Гаухар", "1975-05-17", null, null);
        long run = run("WRITTEN", List.of(List.of(recordId("border", "rl-c1"), recordId("migration_police", "rl-c2"))));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            Callable<String> attempt = () -> {
                start.await();
                try {
                    return asAdmin(() -> reconciliation.reconcile(run)).status().name();
                } catch (DomainProblem refused) {
                    return refused.type() == ProblemType.CONFLICT ? "CONFLICT" : refused.type().name();
                }
            };
            List<Future<String>> attempts = new ArrayList<>();
            for (int k = 0; k < BURST; k++) {
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : attempts) {
                answers.add(answer.get());
            }
            assertThat(answers).containsOnlyOnce("RECONCILED").containsOnly("RECONCILED", "CONFLICT");
        } finally {
            pool.shutdownNow();
        }
        assertThat(proposalsOf(run)).hasSize(1);
        assertThat(a.personNumber()).isNotEqualTo(b.personNumber());
    }

    @Test
    void theAdministratorsPageListsRunsInRussianAndKazakhAndReconcilesAWrittenOne() throws Exception {
        PersonResolution one = person("border", "rl-p1", "Абишева", "Зарина", "1992-10-10", "N71003131", null);
        long run = run("WRITTEN", List.of(List.of(recordId("border", "rl-p1"))));
        var admin = user(users.loadUserByUsername("admin"));
        mvc.perform(get("/persons/relink").param("lang", "ru").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Национальная перепривязка")))
                .andExpect(content().string(containsString("записан, можно сверить")))
                .andExpect(content().string(containsString("/persons/relink/" + run + "/reconcile")));
        mvc.perform(get("/persons/relink").param("lang", "kk").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ұлттық қайта байланыстыру")))
                .andExpect(content().string(containsString("Салыстыру")));
        mvc.perform(post("/persons/relink/" + run + "/reconcile").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/persons/relink"))
                .andExpect(flash().attributeExists("reconciled"));
        mvc.perform(post("/persons/relink/" + run + "/reconcile").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/persons/relink"))
                .andExpect(flash().attribute("refusal", "identity.relink.not-reconcilable.RECONCILED"));
        mvc.perform(get("/persons/relink").with(user(users.loadUserByUsername("police")))).andExpect(status().isForbidden());
        assertThat(one.personNumber()).isNotBlank();
    }
}
