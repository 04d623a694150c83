package kz.koshi.identity.split;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.koshi.DatabaseTest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonResolution;
import kz.koshi.identity.PersonSplit;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Split proposals of the national re-link (issue 18): persons made through the real intake, a run and a proposal
 * written as the reconciling writes them, then decided by the reviewers of the right queue.
 */
@DatabaseTest
@RecordApplicationEvents
class SplitProposalTest {

    /** Simultaneous reviewers in the burst test: more than the connection pool holds. */
    private static final int BURST = 40;

    @Autowired
    IdentityResolution identity;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    OfficerSplitQueue officers;
    @Autowired
    UserDetailsService userDetails;

    /** One person of three records (same passport and full birth date): the last one would leave. */
    private record Person(String number, List<Long> records) {
    }

    private Person person(String tag, String surname, String given, String... sources) {
        List<PersonResolution> resolved = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            resolved.add(identity.resolve(new IncomingRecord(sources[i], "sp-" + tag + "-" + i, surname, given, null,
                    "1991-04-1" + (tag.length() % 9), "F", "UZB", "FS" + (1000000 + Math.floorMod(tag.hashCode(), 8999999)), null, null, null)));
        }
        String number = resolved.getFirst().personNumber();
        assertThat(resolved).extracting(PersonResolution::personNumber).as("one person").containsOnly(number);
        List<Long> ids = jdbc.sql("select id from identity_source_record where person_number = ? order by id")
                .param(number).query(Long.class).list();
        return new Person(number, ids);
    }

    private long proposal(Person person, boolean protectedPair, List<Long> leaving) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into identity_relink_run (status, started_at, written_at, record_count, cluster_count) "
                        + "values ('RECONCILED', ?, ?, 3, 2)").params(now.minusHours(1), now.minusMinutes(30)).update();
        long run = jdbc.sql("select max(id) from identity_relink_run").query(Long.class).single();
        jdbc.sql("insert into identity_split_proposal (run_id, person_number, protected_pair, created_at) values (?, ?, ?, ?)")
                .params(run, person.number(), protectedPair, now).update();
        long id = jdbc.sql("select max(id) from identity_split_proposal where person_number = ?").param(person.number())
                .query(Long.class).single();
        leaving.forEach(r -> jdbc.sql("insert into identity_split_record (proposal_id, source_record_id) values (?, ?)")
                .params(id, r).update());
        return id;
    }

    private long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    private String stateOf(long id) {
        return jdbc.sql("select status from identity_split_proposal where id = ?").param(id).query(String.class).single();
    }

    @Test
    @WithUserDetails("police")
    void acceptingMovesExactlyTheListedRecordsToANewPersonWithHistoryGoldenRecordAndSearch() throws Exception {
        Person p = person("acc", "Сапарова", "Айгерим", "migration_police", "hotel", "border");
        long moved = p.records().getLast();
        long id = proposal(p, false, List.of(moved));
        mvc.perform(get("/persons/review").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/review/splits/" + id + "\"")));
        mvc.perform(get("/persons/review/splits/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Records that would leave for a new person")))
                .andExpect(content().string(containsString("sp-acc-2")))
                .andExpect(content().string(containsString("The re-link joins records from")));
        assertThat(audited("SPLIT_PROPOSAL_VIEWED", id)).isEqualTo(1);

        mvc.perform(post("/persons/review/splits/" + id + "/accept").with(csrf()).param("note", "two sisters"))
                .andExpect(redirectedUrl("/persons/review"));

        String created = jdbc.sql("select new_person from identity_split_proposal where id = ?").param(id).query(String.class).single();
        assertThat(stateOf(id)).isEqualTo("ACCEPTED");
        assertThat(created).isNotNull().isNotEqualTo(p.number());
        assertThat(jdbc.sql("select id from identity_source_record where person_number = ?").param(created).query(Long.class).list())
                .containsExactly(moved);
        assertThat(jdbc.sql("select id from identity_source_record where person_number = ? order by id").param(p.number())
                .query(Long.class).list()).containsExactlyElementsOf(p.records().subList(0, 2));
        assertThat(jdbc.sql("select action || ' ' || from_person || ' ' || to_person || ' ' || reason from identity_link_history "
                        + "where source_record_id = ? order by id desc").param(moved).query(String.class).list().getFirst())
                .isEqualTo("SPLIT " + p.number() + " " + created + " re-link run "
                        + jdbc.sql("select run_id from identity_split_proposal where id = ?").param(id).query(Long.class).single()
                        + ", split proposal " + id);
        PersonSummary newGolden = identity.person(created).orElseThrow();
        assertThat(newGolden.surname()).isEqualTo("Сапарова");
        assertThat(newGolden.recordCount()).isEqualTo(1);
        assertThat(identity.person(p.number()).orElseThrow().recordCount()).isEqualTo(2);
        assertThat(events.stream(PersonSplit.class)).contains(new PersonSplit(p.number(), created));
        mvc.perform(get("/persons").param("q", "Сапарова Айгерим")).andExpect(status().isOk())
                .andExpect(content().string(containsString(created)))
                .andExpect(content().string(containsString(p.number())));
        assertThat(audited("SPLIT_PROPOSAL_ACCEPTED", id)).isEqualTo(1);
        assertThat(identity.personOfRecord("border", "sp-acc-2")).contains(created);
    }

    @Test
    @WithUserDetails("border")
    void rejectingAndDeferringChangeNoPersonAndADecidedProposalIsNotDecidedAgain() throws Exception {
        Person p = person("rej", "Турсунова", "Малика", "migration_police", "border");
        long rejected = proposal(p, false, List.of(p.records().getLast()));
        long deferred = proposal(p, false, List.of(p.records().getFirst()));
        mvc.perform(post("/persons/review/splits/" + deferred + "/defer").with(csrf()).param("note", "ask the post"))
                .andExpect(redirectedUrl("/persons/review"));
        assertThat(stateOf(deferred)).isEqualTo("DEFERRED");
        mvc.perform(get("/persons/review")).andExpect(content().string(containsString("/persons/review/splits/" + deferred + "\"")));
        mvc.perform(post("/persons/review/splits/" + rejected + "/reject").with(csrf())).andExpect(redirectedUrl("/persons/review"));
        assertThat(stateOf(rejected)).isEqualTo("REJECTED");
        mvc.perform(post("/persons/review/splits/" + rejected + "/accept").with(csrf()))
                .andExpect(redirectedUrl("/persons/review/splits/" + rejected));
        assertThat(stateOf(rejected)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select count(*) from identity_source_record where person_number = ?").param(p.number())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(audited("SPLIT_PROPOSAL_REJECTED", rejected)).isEqualTo(1);
        assertThat(audited("SPLIT_PROPOSAL_DEFERRED", deferred)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("police")
    void aProposalInWhichEveryRecordWouldLeaveIsRefused() throws Exception {
        Person p = person("all", "Абдуллаева", "Зарина", "migration_police", "border");
        long id = proposal(p, false, p.records());
        mvc.perform(post("/persons/review/splits/" + id + "/accept").with(csrf()))
                .andExpect(redirectedUrl("/persons/review/splits/" + id));
        assertThat(stateOf(id)).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from identity_source_record where person_number = ?").param(p.number())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(audited("SPLIT_PROPOSAL_ACCEPTED", id)).isZero();
    }

    @Test
    @WithUserDetails("police")
    void aProtectedProposalIsRefusedInTheOfficersQueueAndDecidedByACrisisSupervisor() throws Exception {
        Person p = person("prot", "Исмаилова", "Нодира", "migration_police", "border");
        long id = proposal(p, true, List.of(p.records().getLast()));
        mvc.perform(get("/persons/review")).andExpect(content().string(not(containsString("/splits/" + id + "\""))));
        mvc.perform(get("/persons/review/splits/" + id)).andExpect(status().isForbidden());
        mvc.perform(post("/persons/review/splits/" + id + "/accept").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/persons/protected-review/splits/" + id)).andExpect(status().isForbidden());
        assertThat(stateOf(id)).isEqualTo("OPEN");
        assertThat(audited("SPLIT_PROPOSAL_OTHER_QUEUE_DENIED", id)).isEqualTo(2);
        assertThat(audited("SPLIT_PROPOSAL_VIEWED", id)).isZero();

        var supervisor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails.loadUserByUsername("supervisor"));
        mvc.perform(get("/persons/protected-review").with(supervisor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/protected-review/splits/" + id + "\"")));
        mvc.perform(get("/persons/protected-review/splits/" + id).with(supervisor)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/persons/KP"))));
        mvc.perform(post("/persons/protected-review/splits/" + id + "/accept").with(supervisor).with(csrf()))
                .andExpect(redirectedUrl("/persons/protected-review"));
        assertThat(stateOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    @WithUserDetails("police")
    void theApiListsTheCallersQueueOnlyAndDecidesNothing() throws Exception {
        Person p = person("api", "Рахимова", "Шахноза", "migration_police", "border");
        long open = proposal(p, false, List.of(p.records().getLast()));
        Person q = person("apq", "Каримова", "Дилноза", "migration_police", "border");
        long guarded = proposal(q, true, List.of(q.records().getLast()));
        mvc.perform(get("/api/v1/identity/split-proposals").header("Authorization", "Bearer koshi-demo-border"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + open + ",")))
                .andExpect(content().string(not(containsString("\"id\":" + guarded + ","))));
        mvc.perform(get("/api/v1/identity/split-proposals").header("Authorization", "Bearer koshi-demo-crisis"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + guarded + ",")))
                .andExpect(content().string(not(containsString("\"id\":" + open + ","))));
        for (String token : new String[] {"koshi-demo-labour", "koshi-demo-akimat", "koshi-demo-admin"}) {
            mvc.perform(get("/api/v1/identity/split-proposals").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
        }
        for (String token : new String[] {"koshi-demo-border", "koshi-demo-police", "koshi-demo-crisis"}) {
            mvc.perform(post("/api/v1/identity/split-proposals/" + open + "/decision").header("Authorization", "Bearer " + token)
                            .contentType("application/json").content("{\"decision\":\"ACCEPT\"}"))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(stateOf(open)).as("systems never decide an identity").isEqualTo("OPEN");
        assertThat(stateOf(guarded)).isEqualTo("OPEN");
    }

    @Test
    void aBurstOfFortyAcceptsOneWinsTheRestAreRefused() throws Exception {
        UserDetails police = userDetails.loadUserByUsername("police");
        Person p = person("conc", "Юсупова", "Феруза", "migration_police", "hotel", "border");
        long id = proposal(p, false, List.of(p.records().getLast()));
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> accept = () -> {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(police, null, police.getAuthorities()));
            start.await();
            try {
                return officers.decide(id, SplitDecision.ACCEPT, null).newPerson();
            } catch (DomainProblem problem) {
                return problem.type() == ProblemType.CONFLICT ? "409" : problem.getMessage();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<String>> accepts = new ArrayList<>();
            for (int k = 0; k < BURST; k++) {
                accepts.add(pool.submit(accept));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : accepts) {
                answers.add(answer.get());
            }
            assertThat(answers.stream().filter(a -> a.equals("409")).count()).isEqualTo(BURST - 1);
            String created = answers.stream().filter(a -> !a.equals("409")).findFirst().orElseThrow();
            assertThat(created).startsWith("KP");
            assertThat(jdbc.sql("select count(*) from identity_source_record where person_number = ?").param(created)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from identity_link_history where source_record_id = ? and action = 'SPLIT'")
                    .param(p.records().getLast()).query(Long.class).single()).isEqualTo(1);
            assertThat(audited("SPLIT_PROPOSAL_ACCEPTED", id)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @WithUserDetails("police")
    void pagesRenderInRussianAndKazakhWithNoRawCode() throws Exception {
        Person p = person("lang", "Назарова", "Гулбахор", "migration_police", "border");
        long id = proposal(p, false, List.of(p.records().getLast()));
        for (String lang : new String[] {"ru", "kk"}) {
            for (String page : new String[] {"/persons/review", "/persons/review/splits/" + id}) {
                mvc.perform(get(page).param("lang", lang)).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("identity.split."))))
                        .andExpect(content().string(not(containsString("??"))))
                        .andExpect(content().string(not(containsString(">OPEN<"))));
            }
        }
        mvc.perform(get("/persons/review/splits/" + id).param("lang", "kk"))
                .andExpect(content().string(containsString("Жаңа тұлғаға өтетін жазбалар")));
        mvc.perform(get("/persons/review").param("lang", "ru"))
                .andExpect(content().string(containsString("Предложения о разделении")));
    }

    private void crossing(String direction, String at) throws Exception {
        String body = """
                {"direction": "%s", "checkpoint": "RAIL-SARYAGASH", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "SP7700421", "issuingCountry": "TJK"},
                 "surname": "QODIROVA", "givenNames": "MADINA", "birthDate": "1990-02-17", "sex": "F",
                 "citizenship": "TJK", "purpose": "WORK"}""".formatted(direction, at);
        mvc.perform(post("/api/v1/crossings").header("Authorization", "Bearer koshi-demo-border")
                .contentType("application/json").content(body)).andExpect(status().isCreated());
    }

    private String crossingPerson(String direction) {
        return jdbc.sql("select person_number from border_crossing where document_number = 'SP7700421' and direction = ?")
                .param(direction).query(String.class).single();
    }

    @Test
    @WithUserDetails("police")
    void theBorderCrossingsFollowTheRecordsTheyWereResolvedAs() throws Exception {
        crossing("ENTRY", "2026-10-01T08:00:00Z");
        crossing("EXIT", "2026-10-20T08:00:00Z");
        String number = crossingPerson("ENTRY");
        assertThat(crossingPerson("EXIT")).isEqualTo(number);
        long exitRecord = jdbc.sql("select id from identity_source_record where person_number = ? and source_record_id like '%:EXIT:%'")
                .param(number).query(Long.class).single();
        long id = proposal(new Person(number, List.of()), false, List.of(exitRecord));
        mvc.perform(post("/persons/review/splits/" + id + "/accept").with(csrf()).param("note", "two travellers on one passport"))
                .andExpect(redirectedUrl("/persons/review"));
        String created = jdbc.sql("select new_person from identity_split_proposal where id = ?").param(id).query(String.class).single();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> crossingPerson("EXIT").equals(created));
        assertThat(crossingPerson("ENTRY")).isEqualTo(number);
        assertThat(jdbc.sql("select last_direction from border_presence where person_number = ?").param(created)
                .query(String.class).single()).isEqualTo("EXIT");
    }
}
