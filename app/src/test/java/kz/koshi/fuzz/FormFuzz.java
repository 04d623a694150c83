package kz.koshi.fuzz;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Signs in as each officer, walks the pages reachable from the home page, and sends every POST form it finds
 * with one field replaced by each bad value (and an unreadable body), at most {@code perForm} cases each.
 * Forms that end the session (sign out) are left alone.
 */
public final class FormFuzz {

    private final int maxPages;

    private final FuzzTally tally;
    private final String base;

    public FormFuzz(FuzzClient client, String base, int maxPages) {
        this.maxPages = maxPages;
        this.tally = client.tally();
        this.base = base;
    }

    public void run(List<String> accounts, String password, int perForm) {
        Random random = new Random(7);
        for (String account : accounts) {
            FuzzClient session = new FuzzClient(base, tally, true);
            if (signIn(session, account, password)) {
                for (HtmlForms.Form form : formsOf(session)) {
                    fuzz(session, form, perForm, random);
                }
            } else {
                tally.fault("sign-in failed for " + account);
            }
        }
    }

    private static boolean signIn(FuzzClient session, String account, String password) {
        HttpResponse<String> login = session.send("GET", "/login", Map.of("Accept", "text/html"), null, "login page");
        List<HtmlForms.Form> forms = login == null ? List.of() : HtmlForms.postForms(login.body(), "/login");
        if (forms.isEmpty()) {
            return false;
        }
        Map<String, String> fields = new LinkedHashMap<>(forms.get(0).fields());
        fields.put("username", account);
        fields.put("password", password);
        HttpResponse<String> answer = session.send("POST", "/login", form(), encode(fields), "sign in");
        return answer != null && answer.statusCode() == 302
                && !answer.headers().firstValue("Location").orElse("").contains("error");
    }

    private List<HtmlForms.Form> formsOf(FuzzClient session) {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, HtmlForms.Form> forms = new LinkedHashMap<>();
        while (!queue.isEmpty() && seen.size() <= maxPages) {
            String page = queue.poll();
            HttpResponse<String> answer = session.send("GET", page, Map.of("Accept", "text/html"), null, "page");
            if (answer == null || answer.statusCode() != 200) {
                continue;
            }
            for (HtmlForms.Form f : HtmlForms.postForms(answer.body(), page)) {
                if (!f.action().contains("logout")) {
                    forms.putIfAbsent(f.action().replaceAll("\\d+", "#") + f.fields().keySet(), f);
                }
            }
            for (String link : HtmlForms.links(answer.body())) {
                if (isPage(link) && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        return new ArrayList<>(forms.values());
    }

    private static boolean isPage(String link) {
        return !link.startsWith("/api/") && !link.contains("lang=") && !link.contains("logout") && !link.startsWith("/webjars")
                && !link.startsWith("/css") && !link.startsWith("/js") && !link.startsWith("/img") && !link.endsWith(".pdf")
                && !link.startsWith("/swagger") && !link.startsWith("/v3/") && !link.startsWith("/actuator");
    }

    private void fuzz(FuzzClient session, HtmlForms.Form form, int perForm, Random random) {
        List<Runnable> cases = new ArrayList<>();
        for (String field : form.fields().keySet()) {
            if (field.equals("_csrf")) {
                continue;
            }
            Mutations.TEXT.forEach((name, value) -> cases.add(() -> {
                Map<String, String> fields = new LinkedHashMap<>(form.fields());
                fields.put(field, value);
                session.send("POST", form.action(), form(), encode(fields), "form " + field + "=" + name);
            }));
        }
        cases.add(() -> session.send("POST", form.action(), Map.of("Content-Type", "multipart/form-data", "Accept", "text/html"),
                "x".getBytes(StandardCharsets.UTF_8), "form multipart-no-boundary"));
        Collections.shuffle(cases, random);
        cases.subList(0, Math.min(perForm, cases.size())).forEach(Runnable::run);
    }

    private static Map<String, String> form() {
        return Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
    }

    private static byte[] encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(Mutations.urlEncoded(k)).append('=')
                .append(Mutations.urlEncoded(v)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
