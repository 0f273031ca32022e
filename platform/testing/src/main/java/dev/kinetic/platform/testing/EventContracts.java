package dev.kinetic.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.webhooks.Webhooks;

/**
 * Checks event data against the producer's JSON Schema in the contracts module: what producers emit
 * and what consumer tests feed in, so a producer change that breaks a consumer's fixture fails the build.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** The schema violations of {@code data} as an event of {@code type}; empty when it conforms. */
    public static Set<String> violations(String type, String data) {
        return validate(schema(type), data);
    }

    private static Set<String> validate(JsonSchema schema, String data) {
        try {
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(data));
            return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
    }

    /** The schema violations of a webhook delivery's body; empty when it conforms. */
    public static Set<String> webhookViolations(String body) {
        return validate(SCHEMAS.computeIfAbsent(Webhooks.SCHEMA_RESOURCE, EventContracts::load), body);
    }

    public static void assertValid(String type, String data) {
        Set<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new AssertionError("Not a valid " + type + " event: " + violations + "\n" + data);
        }
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> load(EventTypes.schemaResource(t)));
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventTypes.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
