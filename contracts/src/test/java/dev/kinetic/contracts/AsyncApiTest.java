package dev.kinetic.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.webhooks.Webhooks;

class AsyncApiTest {

    private static final JsonNode DOC = AsyncApi.document();

    @Test
    void itIsAnAsyncApi3DocumentWithTheRequiredParts() {
        assertThat(DOC.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOC.path("info").path("title").asText()).isNotBlank();
        assertThat(DOC.path("info").path("version").asText()).isNotBlank();
        // AsyncAPI 3.0: component and channel keys match ^[a-zA-Z0-9.\-_]+$; every action is send or receive.
        for (String section : List.of("channels", "operations", "servers")) {
            DOC.path(section).fieldNames().forEachRemaining(k -> assertThat(k).matches("[a-zA-Z0-9.\\-_]+"));
        }
        DOC.path("components").path("messages").fieldNames().forEachRemaining(k -> assertThat(k).matches("[a-zA-Z0-9.\\-_]+"));
        DOC.path("operations").forEach(op -> assertThat(op.path("action").asText()).isIn("send", "receive"));
    }

    @Test
    void everyTopicIsAChannelWithAMessagePerEventTypeWhosePayloadIsThatTypesSchema() throws Exception {
        for (Topic topic : Topics.ALL) {
            JsonNode channel = DOC.path("channels").path(topic.name());
            assertThat(channel.path("address").asText()).isEqualTo(topic.name());
            assertThat(channel.path("bindings").path("kafka").path("partitions").asInt()).isEqualTo(topic.partitions());
            assertThat(names(channel.path("messages"))).containsExactlyInAnyOrderElementsOf(topic.eventTypes());
            for (String type : topic.eventTypes()) {
                try (InputStream in = EventTypes.class.getResourceAsStream(EventTypes.schemaResource(type))) {
                    assertThat(AsyncApi.payloadSchema(topic.name(), type)).hasValue(new ObjectMapper().readTree(in));
                }
                JsonNode message = AsyncApi.resolve(DOC, channel.path("messages").path(type));
                assertThat(message.path("headers").path("properties").path(EventHeaders.TYPE).path("const").asText()).isEqualTo(type);
                assertThat(message.path("payload").path("schemaFormat").asText()).isEqualTo(AsyncApi.SCHEMA_FORMAT);
            }
            assertThat(DOC.path("operations").has(topic.producer() + ".sends." + topic.name())).isTrue();
            topic.consumers().forEach(c -> assertThat(DOC.path("operations").has(c + ".receives." + topic.name())).isTrue());
        }
        assertThat(AsyncApi.payloadSchema(Topics.PLAN_EVENTS, EventTypes.EXERCISE_UPSERTED)).isEmpty();
    }

    @Test
    void theWebhooksAreAChannelOfTheSubscribableTypesAndThePingWithTheSignatureHeaders() throws Exception {
        JsonNode channel = DOC.path("channels").path(AsyncApi.WEBHOOK_CHANNEL);
        List<String> types = new ArrayList<>(Webhooks.EVENT_TYPES);
        types.add(Webhooks.PING);
        assertThat(names(channel.path("messages"))).containsExactlyInAnyOrderElementsOf(types);
        try (InputStream in = EventTypes.class.getResourceAsStream(Webhooks.SCHEMA_RESOURCE)) {
            JsonNode schema = new ObjectMapper().readTree(in);
            for (String type : types) {
                assertThat(AsyncApi.payloadSchema(AsyncApi.WEBHOOK_CHANNEL, type)).hasValue(schema);
                JsonNode headers = AsyncApi.resolve(DOC, channel.path("messages").path(type)).path("headers");
                assertThat(names(headers.path("required"))).containsExactlyInAnyOrder(Webhooks.ID_HEADER, Webhooks.TIMESTAMP_HEADER,
                        Webhooks.SIGNATURE_HEADER);
            }
        }
    }

    @Test
    void everyReferenceResolvesAndOperationsNameOnlyTheirChannelsMessages() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOC, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(DOC.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
        for (Iterator<Map.Entry<String, JsonNode>> it = DOC.path("operations").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> operation = it.next();
            String channel = operation.getValue().path("channel").path("$ref").asText();
            operation.getValue().path("messages")
                    .forEach(m -> assertThat(m.path("$ref").asText()).as(operation.getKey()).startsWith(channel + "/messages/"));
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/") && !node.get("$ref").asText().startsWith("#/$defs")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
