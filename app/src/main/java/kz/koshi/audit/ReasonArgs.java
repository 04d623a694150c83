package kz.koshi.audit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a reason's arguments are stored in {@code audit_entry.reason_args} (and hashed): one {@code KIND:prefix:value}
 * per argument, parts URL-encoded, arguments separated by {@code ;}. No arguments are stored as an empty text.
 */
final class ReasonArgs {

    private ReasonArgs() {
    }

    static String encode(List<ReasonArg> args) {
        return args.stream().map(a -> a.kind().name() + ":" + part(a.keyPrefix()) + ":" + part(a.value()))
                .collect(Collectors.joining(";"));
    }

    static List<ReasonArg> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";")).map(item -> {
            String[] parts = item.split(":", 3);
            return new ReasonArg(ReasonArg.Kind.valueOf(parts[0]), unpart(parts[1]), unpart(parts[2]));
        }).toList();
    }

    private static String part(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unpart(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
