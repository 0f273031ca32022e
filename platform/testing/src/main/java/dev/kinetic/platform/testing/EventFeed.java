package dev.kinetic.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
        sendAllAsIs(topic, List.of(new RawEvent(key, type, eventId, data)));
    }

    /** An event as sent, whatever it holds (the id is the {@code ce_id} header's text). */
    public record RawEvent(String key, String type, String eventId, String data) {
    }

    /** Sends events back to back through one producer, so a consumer is likely to read them in one poll. */
    public static void sendAllAsIs(String topic, List<RawEvent> events) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KineticTestInfrastructure.broker().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (RawEvent event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.key(), event.data());
                record.headers()
                        .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                        .add("ce_id", event.eventId().getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", event.type().getBytes(StandardCharsets.UTF_8))
                        .add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> one : sent) {
                one.get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + events.size() + " events to " + topic, e);
        }
    }
}
