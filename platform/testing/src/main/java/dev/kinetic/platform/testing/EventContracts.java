package dev.kinetic.platform.testing;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.kinetic.contracts.AsyncApi;
import dev.kinetic.contracts.Topics;

/**
 * Checks event data against the producer's JSON Schema as the AsyncAPI document of the contracts module states it:
 * what producers emit and what consumer tests feed in, so a producer change that breaks a consumer's fixture — or
 * the published contract — fails the build.
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

    /** The schema violations of a webhook delivery's body, by the AsyncAPI document's message of its type. */
    public static Set<String> webhookViolations(String body) {
        String type;
        try {
            type = JSON.readTree(body).path("type").asText();
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
        return AsyncApi.payloadSchema(AsyncApi.WEBHOOK_CHANNEL, type)
                .map(schema -> validate(SCHEMAS.computeIfAbsent("webhook:" + type, t -> factory().getSchema(schema)), body))
                .orElse(Set.of("the AsyncAPI document has no webhook message of type " + type));
    }

    public static void assertValid(String type, String data) {
        Set<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new AssertionError("Not a valid " + type + " event: " + violations + "\n" + data);
        }
    }

    private static JsonSchema schema(String type) {
        // The payload schema of the type's message in the AsyncAPI document: what partners and consumers are promised.
        return SCHEMAS.computeIfAbsent(type, t -> factory().getSchema(Topics.ALL.stream().filter(topic -> topic.eventTypes().contains(t))
                .findFirst().flatMap(topic -> AsyncApi.payloadSchema(topic.name(), t))
                .orElseThrow(() -> new IllegalArgumentException("the AsyncAPI document has no message of type " + t))));
    }

    private static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    }
}
