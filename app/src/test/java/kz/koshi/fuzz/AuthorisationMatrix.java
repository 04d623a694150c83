package kz.koshi.fuzz;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every API operation called by every identity (no token, an unknown token, each demo token) with a plausible
 * request. An answer is "allowed" unless it is 401 or 403; "denied" is 401, 403 or 404 (a protected record hides
 * that it exists). The expected table ({@code authorisation-matrix.csv}) names, for the sensitive operations, the
 * identities allowed; every identity not named there must be denied.
 */
public final class AuthorisationMatrix {

    public static final String NO_TOKEN = "(none)";
    public static final String UNKNOWN_TOKEN = "koshi-made-up-token";

    public record Expectation(String method, String path, Set<String> allowed) {
    }

    private final ApiFuzz api;

    public AuthorisationMatrix(ApiFuzz api) {
        this.api = api;
    }

    /** Status of each operation for each identity, in the order of the document. */
    public Map<String, Map<String, Integer>> run(List<String> identities) {
        Map<String, Map<String, Integer>> statuses = new LinkedHashMap<>();
        api.plausibleRequests().forEach((op, request) -> {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String identity : identities) {
                HttpResponse<String> answer = api.send(op, request, identity.equals(NO_TOKEN) ? null : identity);
                row.put(identity, answer == null ? -1 : answer.statusCode());
            }
            statuses.put(op.toString(), row);
        });
        return statuses;
    }

    /** The expectations the statuses break, one line each; empty when the matrix matches the table. */
    public static List<String> mismatches(Map<String, Map<String, Integer>> statuses, List<Expectation> expected) {
        List<String> out = new ArrayList<>();
        for (Expectation e : expected) {
            Map<String, Integer> row = statuses.get(e.method() + " " + e.path());
            if (row == null) {
                out.add(e.method() + " " + e.path() + ": not in the API document");
                continue;
            }
            row.forEach((identity, status) -> {
                boolean allowed = status != 401 && status != 403;
                boolean denied = status == 401 || status == 403 || status == 404;
                if (e.allowed().contains(identity) && !allowed) {
                    out.add(e.method() + " " + e.path() + " " + identity + ": expected allowed, got " + status);
                } else if (!e.allowed().contains(identity) && !denied) {
                    out.add(e.method() + " " + e.path() + " " + identity + ": expected denied, got " + status);
                }
            });
        }
        return out;
    }

    /** Reads the table: {@code METHOD,/path,token token ...} per line; {@code #} starts a comment. */
    public static List<Expectation> table(List<String> lines) {
        List<Expectation> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split(",", 3);
            Set<String> allowed = parts.length < 3 || parts[2].isBlank() ? Set.of() : Set.of(parts[2].strip().split("\\s+"));
            out.add(new Expectation(parts[0].strip(), parts[1].strip(), allowed));
        }
        return out;
    }
}
