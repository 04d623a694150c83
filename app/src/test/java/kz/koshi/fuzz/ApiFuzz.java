package kz.koshi.fuzz;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Walks every operation of the API document and sends it its fuzz cases with a token that may call it (the first
 * demo token whose plausible request is not refused with 401 or 403), at most {@code perOperation} cases each,
 * picked at random from a fixed seed.
 */
public final class ApiFuzz {

    private final FuzzClient client;
    private final ApiCatalogue api;
    private final Examples examples;
    private final List<String> tokens;

    public ApiFuzz(FuzzClient client, ApiCatalogue api, Map<String, String> known, List<String> tokens) {
        this.client = client;
        this.api = api;
        Map<String, String> values = new HashMap<>(DemoIdentities.PLAUSIBLE);
        values.putAll(known);
        this.examples = new Examples(api, values);
        this.tokens = tokens;
    }

    public void run(int perOperation, long seed) {
        Random random = new Random(seed);
        for (ApiCatalogue.Operation op : api.operations()) {
            ApiRequests requests = new ApiRequests(op, examples);
            String token = tokenFor(op, requests.plausible());
            List<ApiRequests.Request> cases = new ArrayList<>(requests.fuzzCases());
            Collections.shuffle(cases, random);
            for (ApiRequests.Request r : cases.subList(0, Math.min(perOperation, cases.size()))) {
                send(op, r, token);
            }
        }
    }

    private String tokenFor(ApiCatalogue.Operation op, ApiRequests.Request plausible) {
        for (String token : tokens) {
            HttpResponse<String> answer = send(op, plausible, token);
            if (answer != null && answer.statusCode() != 401 && answer.statusCode() != 403) {
                return token;
            }
        }
        return tokens.get(0);
    }

    HttpResponse<String> send(ApiCatalogue.Operation op, ApiRequests.Request r, String token) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (r.contentType() != null) {
            headers.put("Content-Type", r.contentType());
        }
        return client.send(op.method(), r.path(), headers, r.body(), op + " " + r.label());
    }

    /** A plausible request of each operation, for the authorisation matrix. */
    public Map<ApiCatalogue.Operation, ApiRequests.Request> plausibleRequests() {
        Map<ApiCatalogue.Operation, ApiRequests.Request> out = new java.util.LinkedHashMap<>();
        api.operations().forEach(op -> out.put(op, new ApiRequests(op, examples).plausible()));
        return out;
    }
}
