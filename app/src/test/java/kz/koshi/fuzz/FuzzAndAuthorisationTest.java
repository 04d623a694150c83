package kz.koshi.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded part of the fuzz and authorisation checks (issue #11, section 5; the long run is bench/fuzz.sh): over
 * real HTTP, on a database of its own (what it writes cannot disturb other tests), every API operation of the
 * OpenAPI document with malformed bodies and bad values, every POST form an officer reaches, and every operation
 * for every demo identity. Nothing answers 5xx, every API refusal is a ProblemDetail, the sensitive operations
 * allow exactly the identities of {@code authorisation-matrix.csv}, and nothing impossible is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:koshi-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
@Tag("db")
class FuzzAndAuthorisationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private ApiFuzz api(FuzzTally tally) {
        FuzzClient client = new FuzzClient(base(), tally);
        String doc = client.send("GET", "/v3/api-docs", Map.of(), null, "api-docs").body();
        return new ApiFuzz(client, ApiCatalogue.of(doc), known(), DemoIdentities.TOKENS);
    }

    /** A person and a case that exist, so that plausible requests reach the code behind the checks. */
    private Map<String, String> known() {
        String person = jdbc.sql("select min(person_number) from identity_person").query(String.class).single();
        Long caseId = jdbc.sql("select min(id) from protection_case").query(Long.class).optional().orElse(1L);
        return Map.of("personNumber", person, "child", person, "id", String.valueOf(caseId == null ? 1 : caseId));
    }

    /** Issue #11, section 5: this was a 500 with 126 log lines on 29 endpoints, one of them public. */
    @Test
    @Order(0)
    void aMultipartBodyWithoutABoundaryIsA400InOneLogLine(CapturedOutput output) {
        FuzzClient client = new FuzzClient(base(), new FuzzTally());
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        client.send("GET", "/login", Map.of(), null, "warm-up"); // the dispatcher's own start-up lines come first
        int logged = output.getAll().split("\n").length;

        var api = client.send("POST", "/api/v1/identity/records", Map.of("Authorization", "Bearer koshi-demo-police",
                "Content-Type", "multipart/form-data"), body, "api");
        var page = client.send("POST", "/verify", Map.of("Content-Type", "multipart/form-data", "Accept", "text/html"), body, "page");

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("urn:koshi:problem:malformed-request");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html").doesNotContain("Exception");
        String[] lines = output.getAll().split("\n");
        assertThat(lines.length - logged).isLessThanOrEqualTo(2);
        assertThat(String.join("\n", java.util.Arrays.copyOfRange(lines, logged, lines.length))).doesNotContain("\tat ");
    }

    @Test
    @Order(1)
    void everyIdentityIsAllowedOrDeniedAsTheTableSays() throws IOException {
        FuzzTally tally = new FuzzTally();
        Map<String, Map<String, Integer>> statuses = new AuthorisationMatrix(api(tally)).run(DemoIdentities.matrixIdentities());

        assertThat(statuses).hasSizeGreaterThanOrEqualTo(55);
        assertThat(tally.faults()).as(tally.summary()).isEmpty();
        assertThat(AuthorisationMatrix.mismatches(statuses, AuthorisationMatrix.table(table()))).isEmpty();
    }

    @Test
    @Order(2)
    void fuzzedApiRequestsNeverFailAndAreRefusedAsProblemDetails() {
        FuzzTally tally = new FuzzTally();
        api(tally).run(8, 1);

        assertThat(tally.requests()).isGreaterThan(400);
        assertThat(tally.refusals()).isGreaterThan(250);
        assertThat(tally.faults()).as(tally.summary()).isEmpty();
    }

    @Test
    @Order(3)
    void fuzzedFormsNeverFail() {
        FuzzTally tally = new FuzzTally();
        new FormFuzz(new FuzzClient(base(), tally), base(), 16).run(
                List.of("border", "police", "social", "hotline", "admin"), DemoIdentities.PASSWORD, 6);

        assertThat(tally.requests()).isGreaterThan(100);
        assertThat(tally.faults()).as(tally.summary()).isEmpty();
    }

    /** Runs last: whatever the fuzz got accepted, no stored text breaks the text rule and no date is impossible. */
    @Test
    @Order(4)
    void nothingImpossibleWasStored() {
        List<String> found = new StoredValues(jdbc).impossible();
        assertThat(found).isEmpty();
    }

    private static List<String> table() throws IOException {
        try (InputStream in = FuzzAndAuthorisationTest.class.getResourceAsStream("/authorisation-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
