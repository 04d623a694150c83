package kz.koshi.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A page's filter as a URL query, for its pager and sort links: parameters in the map's order, empty ones left out. */
public final class QueryString {

    private QueryString() {
    }

    public static String of(Map<String, ?> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
