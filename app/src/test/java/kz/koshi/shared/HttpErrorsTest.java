package kz.koshi.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import kz.koshi.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors over real HTTP, through the servlet container's error dispatch: nothing leaks, every answer is clear. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(HttpErrorsTest.Failing.class)
@Tag("db")
class HttpErrorsTest {

    private static final String SECRET = "Yusupov Sherzod 1994-03-12";

    @TestConfiguration
    static class Failing {
        @RestController
        static class FailingController {
            @GetMapping("/api/v1/test/failure")
            String fail() {
                throw new IllegalStateException(SECRET);
            }
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anUnknownApiPathIs404ProblemDetail() throws Exception {
        HttpResponse<String> response = send("/api/v1/no-such-thing", "application/json", "koshi-demo-admin");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(response.body()).contains("urn:koshi:problem:not-found");
    }

    @Test
    void anUnknownApiPathAskedForHtmlStillGetsProblemDetail() throws Exception {
        HttpResponse<String> response = send("/api/v1/no-such-thing", "text/html", "koshi-demo-admin");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("urn:koshi:problem:not-found");
    }

    @Test
    void anUnexpectedFailureIs500WithoutAStackTraceOrTheMessage() throws Exception {
        HttpResponse<String> response = send("/api/v1/test/failure", "application/json", "koshi-demo-admin");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("urn:koshi:problem:internal")
                .doesNotContain(SECRET).doesNotContain("IllegalStateException").doesNotContain("at kz.");
    }

    @Test
    void theLoginPageIsServedInAllThreeLanguages() throws Exception {
        assertThat(send("/login?lang=ru", "text/html", null).body()).contains("lang=\"ru\"").contains("Вход для сотрудников");
        assertThat(send("/login?lang=kk", "text/html", null).body()).contains("lang=\"kk\"").contains("Қызметкерлердің кіруі");
        assertThat(send("/login?lang=en", "text/html", null).body()).contains("lang=\"en\"").contains("Sign in for officers");
    }

    @Test
    void theChosenLanguageIsRemembered() throws Exception {
        HttpResponse<String> first = send("/login?lang=kk", "text/html", null);
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("koshi-lang=")).findFirst()
                .orElseThrow().split(";")[0];
        HttpRequest again = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept", "text/html").header("Cookie", cookie).build();
        assertThat(http.send(again, HttpResponse.BodyHandlers.ofString()).body()).contains("Қызметкерлердің кіруі");
    }

    @Test
    void anUnknownPageAfterLoginIsTheHtml404Page() throws Exception {
        HttpResponse<String> response = send("/no-such-page", "text/html", null);
        // Not signed in: the login comes first, so nothing about the application's pages is revealed.
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(String path, String accept, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
