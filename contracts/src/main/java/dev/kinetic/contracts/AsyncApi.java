package dev.kinetic.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.kinetic.contracts.webhooks.Webhooks;

/**
 * The suite's AsyncAPI 3.0 document, assembled from the same definitions the services use: a channel per topic
 * ({@link Topics}) with a message per event type whose payload is that type's JSON Schema ({@link EventTypes}),
 * the operations of its producer and consumers, and the partners' webhooks as an HTTP channel ({@link Webhooks}).
 * Nothing in it is written by hand twice, so it cannot drift from what is sent; the services serve it at
 * {@code /q/asyncapi} and the tests check the events they emit against it.
 */
public final class AsyncApi {

    public static final String VERSION = "3.0.0";
    public static final String WEBHOOK_CHANNEL = "partner-webhooks";
    /** Payloads are JSON Schema 2020-12 documents, declared as such (AsyncAPI's multi-format schema). */
    public static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode DOCUMENT = build();

    private AsyncApi() {
    }

    /** A copy of the document. */
    public static ObjectNode document() {
        return DOCUMENT.deepCopy();
    }

    /**
     * The JSON Schema the payload of a message of {@code type} on {@code channel} follows (a topic's name, or
     * {@link #WEBHOOK_CHANNEL}); empty when the document has no such message there.
     */
    public static java.util.Optional<JsonNode> payloadSchema(String channel, String type) {
        JsonNode message = DOCUMENT.path("channels").path(channel).path("messages").path(type);
        return message.isMissingNode() ? java.util.Optional.empty()
                : java.util.Optional.of(resolve(DOCUMENT, message).path("payload").path("schema").deepCopy());
    }

    /** Follows a local {@code $ref} ({@code #/a/b}) within {@code document}, as often as it takes. */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("not a local reference: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static ObjectNode build() {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", VERSION);
        ObjectNode info = doc.putObject("info");
        info.put("title", "Kinetic events and partner webhooks");
        info.put("version", "1.0.0");
        info.put("description", "Kafka topics between the Kinetic services (CloudEvents 1.0, binary mode: attributes in ce_ "
                + "headers, the data as JSON in the record value) and the webhooks plan-service sends partners (Standard "
                + "Webhooks: signed POSTs). Delivery is at least once everywhere: consumers drop duplicates by the event id "
                + "(ce_id, or webhook-id, which is the same id).");
        doc.put("defaultContentType", EventHeaders.JSON);

        ObjectNode servers = doc.putObject("servers");
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", "kinetic-kafka-bootstrap:9093");
        kafka.put("protocol", "kafka-secure");
        kafka.put("description", "The suite's Kafka cluster (Strimzi; TLS and SCRAM-SHA-512 per service)");
        ObjectNode partner = servers.putObject("partner");
        partner.put("host", "{endpoint}");
        partner.put("protocol", "https");
        partner.put("description", "A partner's webhook endpoint, as subscribed through POST /api/v1/webhooks");
        partner.putObject("variables").putObject("endpoint").put("description", "The host of the subscribed URL");

        // Messages are keyed by their event type: its dots are allowed in AsyncAPI keys.
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = doc.putObject("components").putObject("messages");
        for (Topic topic : Topics.ALL) {
            ObjectNode channel = channels.putObject(topic.name());
            channel.put("address", topic.name());
            channel.put("title", topic.name());
            channel.put("description", topic.description() + " Keyed by " + topic.key() + ". What a consumer cannot read goes to "
                    + topic.deadLetters() + ".");
            channel.putArray("servers").addObject().put("$ref", "#/servers/kafka");
            ObjectNode bindings = channel.putObject("bindings").putObject("kafka");
            bindings.put("topic", topic.name());
            bindings.put("partitions", topic.partitions());
            bindings.putObject("topicConfiguration").putArray("cleanup.policy").add(topic.compacted() ? "compact" : "delete");
            bindings.put("bindingVersion", "0.5.0");
            ObjectNode channelMessages = channel.putObject("messages");
            for (String type : topic.eventTypes()) {
                messages.set(type, eventMessage(topic, type));
                channelMessages.putObject(type).put("$ref", "#/components/messages/" + type);
            }
            operations.set(topic.producer() + ".sends." + topic.name(), operation("send", topic.name(), topic.eventTypes(),
                    topic.producer() + " publishes through its transactional outbox"));
            for (String consumer : topic.consumers()) {
                operations.set(consumer + ".receives." + topic.name(), operation("receive", topic.name(), topic.eventTypes(),
                        consumer + " consumes idempotently"));
            }
        }

        ObjectNode webhooks = channels.putObject(WEBHOOK_CHANNEL);
        webhooks.putNull("address");
        webhooks.put("title", "Partner webhooks");
        webhooks.put("description", "POSTed to each endpoint a partner subscribed, for that partner's own plans only; retried "
                + "with exponential backoff and jitter for at least 24 hours until the endpoint answers 2xx.");
        webhooks.putArray("servers").addObject().put("$ref", "#/servers/partner");
        ObjectNode webhookMessages = webhooks.putObject("messages");
        List<String> webhookTypes = new ArrayList<>(Webhooks.EVENT_TYPES);
        webhookTypes.add(Webhooks.PING);
        for (String type : webhookTypes) {
            String key = "webhook." + type;
            messages.set(key, webhookMessage(type, key));
            webhookMessages.putObject(type).put("$ref", "#/components/messages/" + key);
        }
        operations.set("plan-service.sends." + WEBHOOK_CHANNEL, operation("send", WEBHOOK_CHANNEL, webhookTypes,
                "plan-service signs and POSTs each delivery"));
        return doc;
    }

    private static ObjectNode eventMessage(Topic topic, String type) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", type);
        message.put("title", type);
        message.put("contentType", EventHeaders.JSON);
        ObjectNode headers = objectSchema(message.putObject("headers"), EventHeaders.SPEC_VERSION, EventHeaders.ID, EventHeaders.TYPE,
                EventHeaders.SOURCE);
        ObjectNode properties = (ObjectNode) headers.get("properties");
        properties.putObject(EventHeaders.SPEC_VERSION).put("const", EventHeaders.SPEC_VERSION_1_0);
        properties.putObject(EventHeaders.ID).put("type", "string").put("description", "Unique per event; the same on a re-send");
        properties.putObject(EventHeaders.TYPE).put("const", type);
        properties.putObject(EventHeaders.SOURCE).put("type", "string").put("description", "The producing service");
        properties.putObject(EventHeaders.TIME).put("type", "string").put("format", "date-time");
        properties.putObject(EventHeaders.CONTENT_TYPE).put("const", EventHeaders.JSON);
        properties.putObject(EventHeaders.TRACEPARENT).put("type", "string").put("description", "W3C trace context");
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema(EventTypes.schemaResource(type)));
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description", topic.key());
        key.put("bindingVersion", "0.5.0");
        message.putObject("correlationId").put("location", "$message.header#/" + EventHeaders.ID);
        return message;
    }

    private static ObjectNode webhookMessage(String type, String key) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", key);
        message.put("title", type.equals(Webhooks.PING) ? "Test ping" : "Plan notification: " + type);
        message.put("contentType", EventHeaders.JSON);
        ObjectNode headers = objectSchema(message.putObject("headers"), Webhooks.ID_HEADER, Webhooks.TIMESTAMP_HEADER,
                Webhooks.SIGNATURE_HEADER);
        ObjectNode properties = (ObjectNode) headers.get("properties");
        properties.putObject(Webhooks.ID_HEADER).put("type", "string")
                .put("description", "The plan event's id: the same on every attempt; drop a delivery whose id you have seen");
        properties.putObject(Webhooks.TIMESTAMP_HEADER).put("type", "string").put("pattern", "^[0-9]+$")
                .put("description", "Seconds since the epoch; refuse deliveries more than five minutes old");
        properties.putObject(Webhooks.SIGNATURE_HEADER).put("type", "string").put("pattern", "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$")
                .put("description", "v1,<base64 HMAC-SHA256 of '<webhook-id>.<webhook-timestamp>.<body>'> per valid secret");
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema(Webhooks.SCHEMA_RESOURCE));
        message.putObject("bindings").putObject("http").put("method", "POST").put("bindingVersion", "0.3.0");
        message.putObject("correlationId").put("location", "$message.header#/" + Webhooks.ID_HEADER);
        return message;
    }

    private static ObjectNode objectSchema(ObjectNode schema, String... required) {
        schema.put("type", "object");
        ArrayNode names = schema.putArray("required");
        for (String name : required) {
            names.add(name);
        }
        schema.putObject("properties");
        return schema;
    }

    private static ObjectNode operation(String action, String channel, List<String> types, String description) {
        ObjectNode operation = JSON.createObjectNode();
        operation.put("action", action);
        operation.put("description", description);
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        ArrayNode refs = operation.putArray("messages");
        types.forEach(t -> refs.addObject().put("$ref", "#/channels/" + channel + "/messages/" + t));
        return operation;
    }

    private static JsonNode schema(String resource) {
        try (InputStream in = AsyncApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
