package dev.kinetic.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.kinetic.contracts.EventHeaders;

/** A staged event not yet published, as the relay reads it. */
record PendingEvent(long id, UUID eventId, String topic, String key, String type, String source,
        OffsetDateTime occurredAt, String payload, String traceparent) {

    /** The Kafka record in CloudEvents binary mode: attributes as {@code ce_} headers, data as the value. */
    ProducerRecord<String, String> toRecord() {
        RecordHeaders headers = new RecordHeaders();
        add(headers, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0);
        add(headers, EventHeaders.ID, eventId.toString());
        add(headers, EventHeaders.TYPE, type);
        add(headers, EventHeaders.SOURCE, source);
        add(headers, EventHeaders.SUBJECT, key);
        add(headers, EventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt));
        add(headers, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        if (traceparent != null) {
            add(headers, EventHeaders.TRACEPARENT, traceparent);
        }
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
