package dev.kinetic.platform.testing.fuzz;

import java.util.Iterator;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plausible values for an OpenAPI schema: the first enum value, an example, or a value of the right
 * type inside its bounds, so a mutation of one field is tested against a request that is otherwise valid.
 */
final class SchemaSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final JsonNode components;
    private final Map<String, String> hints;
    private final Random random;

    SchemaSamples(JsonNode openApi, Map<String, String> hints, Random random) {
        this.components = openApi.path("components").path("schemas");
        this.hints = hints;
        this.random = random;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String combinator : new String[] { "allOf", "oneOf", "anyOf" }) {
            if (current.has(combinator) && current.get(combinator).size() > 0) {
                return resolve(current.get(combinator).get(0));
            }
        }
        return current;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum") && s.get("enum").size() > 0) {
            JsonNode values = s.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (name != null && hints.containsKey(name)) {
            return JSON.textNode(hints.get(name));
        }
        String type = type(s);
        // Examples written as text for a list or an object (a common annotation shortcut) are not samples.
        boolean scalar = !type.equals("array") && !type.equals("object");
        JsonNode examples = s.path("examples");
        if (examples.isArray() && examples.size() > 0 && !examples.get(0).isNull() && (scalar || examples.get(0).isContainerNode())) {
            return examples.get(0);
        }
        if (s.has("example") && !s.get("example").isNull() && (scalar || s.get("example").isContainerNode())) {
            return s.get("example");
        }
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < MAX_DEPTH && s.has("items")) {
                    array.add(sample(s.get("items"), singular(name), depth + 1));
                }
                yield array;
            }
            case "integer" -> JSON.numberNode(Math.max(s.path("minimum").asLong(1), Math.min(s.path("maximum").asLong(3), 3)));
            case "number" -> JSON.numberNode(Math.max(s.path("minimum").asDouble(1), 1.5));
            case "boolean" -> JSON.booleanNode(false);
            default -> JSON.textNode(string(s));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        JsonNode properties = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = field.getValue();
            if (property.path("readOnly").asBoolean(false)) {
                continue;
            }
            object.set(field.getKey(), sample(property, field.getKey(), depth + 1));
        }
        return object;
    }

    private static String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date" -> "2026-12-07";
            case "date-time" -> "2026-12-07T07:00:00Z";
            case "uuid" -> "8f14e45f-ceea-467f-a0e6-0cbb1b6f0a11";
            case "local-time", "time" -> "18:00:00";
            default -> "glute-bridge";
        };
    }

    private static String singular(String name) {
        return name == null ? null : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
