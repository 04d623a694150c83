package kz.koshi.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends one fuzz request to the platform under test (127.0.0.1 only) and checks the promises every answer keeps:
 * never a 5xx; on the API, every refusal a ProblemDetail; never a stack trace in the body.
 */
public final class FuzzClient {

    private final HttpClient http;
    private final String base;
    private final FuzzTally tally;

    public FuzzClient(String base, FuzzTally tally) {
        this(base, tally, false);
    }

    /** With a session: keeps the cookies it is given, as a browser does. */
    public FuzzClient(String base, FuzzTally tally, boolean session) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        this.http = (session ? builder.cookieHandler(new java.net.CookieManager()) : builder).build();
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("Fuzzing only runs against this machine");
        }
        this.base = base;
        this.tally = tally;
    }

    public String base() {
        return base;
    }

    public FuzzTally tally() {
        return tally;
    }

    /** Sends and checks; {@code label} names the case in a fault (never more than method, path and case). */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body, String label) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            check(method, path, response, label);
            return response;
        } catch (IllegalArgumentException notSendable) {
            return null; // a header or URL java.net.http itself refuses to send: nothing reached the platform
        } catch (java.io.IOException | InterruptedException e) {
            tally.count(599);
            tally.fault(method + " " + shortPath(path) + " [" + label + "] no answer: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private void check(String method, String path, HttpResponse<String> response, String label) {
        int status = response.statusCode();
        tally.count(status);
        String where = method + " " + shortPath(path) + " [" + label + "] -> " + status;
        if (status >= 500) {
            tally.fault(where);
        } else if (status == 400 && response.body() != null && response.body().contains("<title>HTTP Status 400")) {
            tally.containerRefusal(); // a URL the servlet container refuses before the platform sees it (NUL, bad UTF-8)
        } else if (path.startsWith("/api/") && status >= 400 && !isProblem(response)) {
            tally.fault(where + " not a ProblemDetail: " + response.headers().firstValue("Content-Type").orElse("no type") + " "
                    + shortPath(String.valueOf(response.body())).replaceAll("\\s+", " "));
        }
        if (response.body() != null && (response.body().contains("\tat kz.") || response.body().contains("Exception:"))) {
            tally.fault(where + " shows an exception");
        }
    }

    private static boolean isProblem(HttpResponse<String> response) {
        List<String> type = response.headers().allValues("Content-Type");
        return type.stream().anyMatch(t -> t.startsWith("application/problem+json")) && response.body().contains("urn:koshi:problem:");
    }

    static String shortPath(String path) {
        String p = path.length() > 80 ? path.substring(0, 80) + "..." : path;
        return p.replaceAll("%[0-9A-Fa-f]{2}", "%");
    }
}
