package dev.kinetic.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.EventHeaders;
import dev.kinetic.platform.json.Json;
import dev.kinetic.platform.json.UnreadableJsonException;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** A CloudEvent read from a Kafka record in binary mode; anything else is a poison message. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        String key, String data) {

    /** The event of a record that the Kafka connector hands a consumer taking messages (to settle them itself). */
    @SuppressWarnings("unchecked")
    public static IncomingEvent from(KafkaRecord<String, String> message) {
        return from(message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a Kafka message without its consumer record")));
    }

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = requiredHeader(record, EventHeaders.ID);
        String type = requiredHeader(record, EventHeaders.TYPE);
        String source = requiredHeader(record, EventHeaders.SOURCE);
        String specVersion = requiredHeader(record, EventHeaders.SPEC_VERSION);
        if (!EventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonMessageException("unsupported CloudEvents specversion " + specVersion);
        }
        String time = header(record, EventHeaders.TIME);
        OffsetDateTime parsedTime;
        try {
            parsedTime = time == null ? null : OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 timestamp: " + time);
        }
        if (record.value() == null) {
            throw new PoisonMessageException("event " + id + " has no data");
        }
        return new IncomingEvent(id, type, source, header(record, EventHeaders.SUBJECT), parsedTime,
                record.key(), record.value());
    }

    /** The data as the given record type; unparseable or incomplete data is poison. */
    public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
        try {
            return Json.read(mapper, data, type);
        } catch (UnreadableJsonException e) {
            throw new PoisonMessageException("data of event " + id + " is " + e.getMessage(), e);
        }
    }

    private static String requiredHeader(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
