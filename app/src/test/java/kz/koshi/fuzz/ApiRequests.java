package kz.koshi.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The requests for one API operation: a plausible one, and each of its fuzz cases. */
final class ApiRequests {

    record Request(String label, String path, String contentType, byte[] body) {
    }

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String MARK = "__FUZZ_MARK__";

    private final ApiCatalogue.Operation op;
    private final Examples examples;

    ApiRequests(ApiCatalogue.Operation op, Examples examples) {
        this.op = op;
        this.examples = examples;
    }

    Request plausible() {
        return new Request("plausible", path(null, null), op.bodyType(), op.bodyType() == null ? null : body(null, null));
    }

    List<Request> fuzzCases() {
        List<Request> cases = new ArrayList<>();
        for (ApiCatalogue.Parameter p : op.parameters()) {
            if (!p.in().equals("path") && !p.in().equals("query")) {
                continue;
            }
            for (Map.Entry<String, String> bad : Mutations.TEXT.entrySet()) {
                if (bad.getValue().length() <= 5000) {
                    cases.add(new Request(p.name() + "=" + bad.getKey(), path(p.name(), Mutations.urlEncoded(bad.getValue())),
                            op.bodyType(), op.bodyType() == null ? null : body(null, null)));
                }
            }
            for (String number : List.of("-1", "9223372036854775808", "1e309")) {
                cases.add(new Request(p.name() + "=" + number, path(p.name(), number), op.bodyType(),
                        op.bodyType() == null ? null : body(null, null)));
            }
        }
        for (Mutations.Body bad : Mutations.BODIES) {
            if (op.bodyType() != null || bad.name().startsWith("multipart") || bad.name().startsWith("form")) {
                cases.add(new Request(bad.name(), path(null, null), bad.contentType(), bad.bytes()));
            }
        }
        if ("application/json".equals(op.bodyType())) {
            for (String leaf : leaves(examples.of("body", op.bodySchema(), 0), "")) {
                boolean numeric = leaf.endsWith("#");
                Map<String, String> values = numeric ? Mutations.NUMBERS : textLiterals();
                values.forEach((name, literal) -> cases.add(new Request(leaf.replace("#", "") + "=" + name, path(null, null),
                        op.bodyType(), body(leaf, literal))));
            }
        }
        return cases;
    }

    private static Map<String, String> textLiterals() {
        Map<String, String> literals = new java.util.TreeMap<>();
        Mutations.TEXT.forEach((name, value) -> literals.put(name, Mutations.jsonString(value)));
        return literals;
    }

    /** The path with its variables and required query parameters filled; {@code bad} replaces the named one. */
    private String path(String badName, String badValue) {
        StringBuilder out = new StringBuilder();
        Matcher m = PATH_VARIABLE.matcher(op.path());
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(badName) ? badValue : Mutations.urlEncoded(examples.of(name, schemaOf(name), 0).asString());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String separator = "?";
        for (ApiCatalogue.Parameter p : op.parameters()) {
            if (p.in().equals("query") && (p.required() || p.name().equals(badName))) {
                String value = p.name().equals(badName) ? badValue : Mutations.urlEncoded(examples.of(p.name(), p.schema(), 0).asString());
                out.append(separator).append(p.name()).append('=').append(value);
                separator = "&";
            }
        }
        return out.toString();
    }

    private JsonNode schemaOf(String name) {
        return op.parameters().stream().filter(p -> p.name().equals(name)).map(ApiCatalogue.Parameter::schema).findFirst()
                .orElse(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    /** The plausible body, or the body with the leaf at {@code leaf} replaced by the raw JSON {@code literal}. */
    private byte[] body(String leaf, String literal) {
        if ("text/csv".equals(op.bodyType())) {
            return "record_id,source,surname,given_name\nFZ-1,border,FUZZ,TEST\n".getBytes(StandardCharsets.UTF_8);
        }
        JsonNode example = examples.of("body", op.bodySchema(), 0);
        if (leaf == null) {
            return example.toString().getBytes(StandardCharsets.UTF_8);
        }
        set(example, leaf.replace("#", ""), MARK);
        return example.toString().replace("\"" + MARK + "\"", literal).getBytes(StandardCharsets.UTF_8);
    }

    /** Paths of the leaves of a JSON value ({@code a.b}, {@code a[0]}); numeric leaves end with {@code #}. */
    private static List<String> leaves(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(p -> out.addAll(leaves(p.getValue(), prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(leaves(node.get(i), prefix + "[" + i + "]"));
            }
        } else {
            out.add(node.isNumber() ? prefix + "#" : prefix);
        }
        return out;
    }

    private static void set(JsonNode root, String leaf, String value) {
        String[] steps = leaf.split("\\.|(?=\\[)");
        JsonNode node = root;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.startsWith("[")) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                if (last) {
                    ((ArrayNode) node).set(index, tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value));
                } else {
                    node = node.get(index);
                }
            } else if (!step.isEmpty()) {
                if (last) {
                    ((ObjectNode) node).put(step, value);
                } else {
                    node = node.get(step);
                }
            }
        }
    }
}
