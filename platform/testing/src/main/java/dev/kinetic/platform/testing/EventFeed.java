package dev.kinetic.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes CloudEvents to the test broker as another service would, so one service can be tested
 * against the events of the services it reads from.
 */
public final class EventFeed {

    private EventFeed() {
    }

    /**
     * Sends one event in binary mode and waits for the broker's acknowledgement; the data must follow the
     * producer's schema for {@code type}, so a fixture cannot drift from what the producer emits.
     */
    public static void send(String topic, String key, String type, String data) {
        EventContracts.assertValid(type, data);
        sendAsIs(topic, key, type, data);
    }

    /** Sends data that deliberately breaks the contract: a poison message, or a field a later producer may add. */
    public static void sendAsIs(String topic, String key, String type, String data) {
        sendAsIs(topic, key, type, UUID.randomUUID().toString(), data);
    }

    /** Sends an event with the given id, as a producer that retries would send it again. */
    public static void sendAsIs(String topic, String key, String type, String eventId, String data) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KineticTestInfrastructure.broker().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
            record.headers()
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", eventId.getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", type.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type + " to " + topic, e);
        }
    }
}
