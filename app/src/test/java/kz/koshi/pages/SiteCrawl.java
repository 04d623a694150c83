package kz.koshi.pages;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One officer's session over real HTTP: signs in with the login form, picks a language, then walks the pages
 * reachable from the home page (its navigation and the links on each page, same-origin GETs only, at most
 * {@code maxPages} and two pages of one shape, e.g. two person pages), and sends each form once empty: GET forms
 * (searches, filters) and POST forms with a required field, whose empty answer can only be a validation message.
 * Sign-out, exports and the API are never followed. Each HTML answer goes to the visitor with its path.
 */
final class SiteCrawl {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int maxPages;
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Integer> shapes = new HashMap<>();
    private final Set<String> formsSent = new LinkedHashSet<>();

    SiteCrawl(String base, int maxPages) {
        this.base = base;
        this.maxPages = maxPages;
    }

    void signIn(String account, String password, String language) {
        Document login = get("/login?lang=" + language).page();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", login.select("input[name=_csrf]").val());
        fields.put("username", account);
        fields.put("password", password);
        Answer answer = send("POST", "/login", fields);
        if (answer.path().startsWith("/login")) {
            throw new IllegalStateException("sign-in failed for " + account);
        }
    }

    /** Walks from the home page; returns the number of pages read. */
    int walk(BiConsumer<String, Document> visitor) {
        Deque<String> queue = new ArrayDeque<>(java.util.List.of("/"));
        seen.add("/");
        int read = 0;
        while (!queue.isEmpty() && read < maxPages) {
            String path = queue.poll();
            Answer answer = get(path);
            if (answer.page() == null) {
                continue;
            }
            read++;
            visitor.accept(path, answer.page());
            links(answer.page()).stream().filter(this::worthVisiting).forEach(queue::add);
            for (Element form : answer.page().select("form")) {
                read += sendEmpty(form, path, visitor);
            }
        }
        return read;
    }

    private int sendEmpty(Element form, String page, BiConsumer<String, Document> visitor) {
        String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase();
        String action = form.attr("action").isBlank() ? page.replaceAll("\\?.*", "") : form.attr("action");
        boolean harmless = method.equals("GET") || !form.select("[required]").isEmpty() && form.select("input[type=file]").isEmpty();
        if (!harmless || !action.startsWith("/") || !formsSent.add(method + " " + shape(action)) || !pageLink(action)) {
            return 0;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            boolean keep = field.attr("name").equals("_csrf") || method.equals("POST") && field.attr("type").equals("hidden");
            fields.putIfAbsent(field.attr("name"), keep ? field.val() : "");
        }
        Answer answer = method.equals("GET") ? get(action + (action.contains("?") ? "&" : "?") + encode(fields)) : send(method, action, fields);
        if (answer.page() == null) {
            return 0;
        }
        visitor.accept(method + " " + action + " (empty form)", answer.page());
        return 1;
    }

    private Set<String> links(Document page) {
        Set<String> links = new LinkedHashSet<>();
        page.select("a[href]").forEach(a -> links.add(a.absUrl("href")));
        page.select("[hx-get]").forEach(e -> links.add(e.absUrl("hx-get")));
        return links.stream().filter(l -> l.startsWith(base + "/")).map(l -> l.substring(base.length()).replaceAll("#.*", ""))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private boolean worthVisiting(String link) {
        return pageLink(link) && !seen.contains(link) && shapes.merge(shape(link), 1, Integer::sum) <= 2 && seen.add(link);
    }

    private static boolean pageLink(String link) {
        return !link.contains("lang=") && !link.contains("logout") && !link.contains("export") && !link.endsWith(".pdf")
                && !link.endsWith(".csv") && !link.endsWith(".png") && !link.endsWith(".svg")
                && java.util.stream.Stream.of("/api/", "/webjars", "/css", "/js", "/img", "/swagger", "/v3/", "/actuator")
                        .noneMatch(link::startsWith);
    }

    /** A link's shape: numbers and person numbers replaced, so that one kind of page is not read a thousand times. */
    static String shape(String link) {
        return link.replaceAll("KP\\d+", "KP#").replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
    }

    record Answer(String path, Document page) {
    }

    private Answer get(String path) {
        return send("GET", path, null);
    }

    private Answer send(String method, String path, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(encode(form)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            String finalPath = response.uri().getRawPath() + (response.uri().getRawQuery() == null ? "" : "?" + response.uri().getRawQuery());
            return new Answer(finalPath, html ? Jsoup.parse(response.body(), base + path) : null);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
