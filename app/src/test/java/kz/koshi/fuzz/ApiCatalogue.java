package kz.koshi.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's operations as its OpenAPI document (/v3/api-docs) describes them. */
public record ApiCatalogue(List<Operation> operations, JsonNode document) {

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static ApiCatalogue of(String openApiJson) {
        JsonNode doc = JsonMapper.builder().build().readTree(openApiJson);
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<Parameter> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Parameter(p.path("name").asString(), p.path("in").asString(), p.path("required").asBoolean(false),
                            p.path("schema")));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                for (Map.Entry<String, JsonNode> content : op.getValue().path("requestBody").path("content").properties()) {
                    bodyType = content.getKey();
                    bodySchema = content.getValue().path("schema");
                    break;
                }
                operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), params, bodyType, bodySchema));
            }
        }
        return new ApiCatalogue(List.copyOf(operations), doc);
    }

    /** A schema with its {@code $ref} followed. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asString();
            s = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }
}
