package dev.kinetic.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.Topics;
import dev.kinetic.contracts.webhooks.Webhooks;
import dev.kinetic.plan.application.PlanEventNotice;
import dev.kinetic.plan.application.QueueWebhookDeliveries;
import dev.kinetic.platform.events.IncomingEvent;
import dev.kinetic.platform.events.PoisonMessageException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads plan-events in one consumer group for all replicas and queues each event's webhooks (idempotent by event id).
 * Several events at a time (the {@code webhooks} worker pool): their order does not matter, since deliveries are
 * retried independently anyway, and committed offsets still only advance past events that were processed.
 */
@ApplicationScoped
public class PlanEventWebhooks {

    private final QueueWebhookDeliveries queue;
    private final ObjectMapper mapper;

    public PlanEventWebhooks(QueueWebhookDeliveries queue, ObjectMapper mapper) {
        this.queue = queue;
        this.mapper = mapper;
    }

    @Incoming(Topics.PLAN_EVENTS)
    @Blocking(value = "webhooks", ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!Webhooks.EVENT_TYPES.contains(event.type())) {
            throw new PoisonMessageException("unexpected event type " + event.type() + " on plan-events");
        }
        PlanEventNotice notice = event.dataAs(PlanEventNotice.class, mapper);
        if (!notice.complete() || !notice.planId().toString().equals(event.key())) {
            throw new PoisonMessageException("event " + event.id() + " lacks planId, partner or version, or its key differs");
        }
        queue.queue(event.id(), event.type(), event.time(), notice);
    }
}
