package kz.koshi.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible value for a schema, so that a mutated request gets past the fields it does not mutate and reaches
 * the code behind them: known values by field name (a real person number, a case id), then the schema's enum,
 * format and pattern, then a word.
 */
final class Examples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiCatalogue api;
    private final Map<String, String> known;

    Examples(ApiCatalogue api, Map<String, String> known) {
        this.api = api;
        this.known = known;
    }

    JsonNode of(String name, JsonNode schema, int depth) {
        JsonNode s = api.resolve(schema);
        String type = s.path("type").isArray() ? s.path("type").get(0).asString() : s.path("type").asString("");
        if (s.has("properties") || type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            if (depth < 4) {
                s.path("properties").properties().forEach(p -> object.set(p.getKey(), of(p.getKey(), p.getValue(), depth + 1)));
            }
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            return depth < 4 ? array.add(of(name, s.path("items"), depth + 1)) : array;
        }
        if (type.equals("integer") || type.equals("number")) {
            return NODES.numberNode(Long.parseLong(known.getOrDefault(name, "1").replaceAll("\\D", "").isEmpty() ? "1"
                    : known.getOrDefault(name, "1").replaceAll("\\D", "")));
        }
        if (type.equals("boolean")) {
            return NODES.booleanNode(false);
        }
        return NODES.stringNode(text(name, s));
    }

    String text(String name, JsonNode s) {
        if (known.containsKey(name)) {
            return known.get(name);
        }
        if (s.has("enum")) {
            return s.path("enum").get(0).asString();
        }
        String format = s.path("format").asString("");
        String lower = name.toLowerCase(Locale.ROOT);
        if (format.equals("date-time") || lower.endsWith("at")) {
            return Instant.now().toString();
        }
        if (format.equals("date") || lower.contains("date") || lower.endsWith("on") || lower.endsWith("from")
                || lower.endsWith("until") || lower.endsWith("by")) {
            return LocalDate.now().minusDays(1).toString();
        }
        return fromPattern(s.path("pattern").asString(""));
    }

    private static String fromPattern(String pattern) {
        if (pattern.matches("[A-Z_]+(\\|[A-Z_]+)*")) {
            return pattern.split("\\|")[0];
        }
        return switch (pattern) {
            case "[A-Z]{3}" -> "KAZ";
            case "[MFX]" -> "M";
            case "[A-Z0-9]{5,20}" -> "N1234567";
            case "[a-z][a-z0-9_]{1,39}" -> "border";
            case "\\d{4}(-\\d{2}(-\\d{2})?)?" -> "1990-05-17";
            default -> "Fuzz";
        };
    }
}
