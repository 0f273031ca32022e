package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.config.WebhookConfig;
import dev.kinetic.plan.persistence.WebhookDeliveryStore;
import dev.kinetic.platform.inbox.Inbox;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Turns a plan event into one delivery per endpoint of the plan's own partner that subscribed to its type. Once
 * per event (the inbox), whatever the broker redelivers; the delivery keeps the event's id as its webhook-id.
 */
@ApplicationScoped
public class QueueWebhookDeliveries {

    static final String CONSUMER = "plan-webhooks";

    private final Inbox inbox;
    private final WebhookDeliveryStore store;
    private final ObjectMapper mapper;
    /** The public address of a plan, but for its id. */
    private final String plans;
    private final Event<WebhooksQueued> queued;
    private final Clock clock;

    public QueueWebhookDeliveries(Inbox inbox, WebhookDeliveryStore store, ObjectMapper mapper, WebhookConfig config,
            Event<WebhooksQueued> queued, Clock clock) {
        this.inbox = inbox;
        this.store = store;
        this.mapper = mapper;
        this.plans = config.publicBaseUrl().replaceAll("/+$", "") + "/api/v1/plans/";
        this.queued = queued;
        this.clock = clock;
    }

    /** Queues the deliveries of one event; returns how many (0 for a repeat or no subscriber). */
    @Transactional
    public int queue(PlanEventReceived event) {
        return queueAll(List.of(event));
    }

    /**
     * Queues the deliveries of several events in one transaction (a poll's worth: one commit and one look at the
     * subscriptions instead of one per event); all or none. Returns how many.
     */
    @Transactional
    public int queueAll(List<PlanEventReceived> events) {
        List<WebhookDeliveryStore.Subscription> subscriptions = store.subscriptions(
                events.stream().map(event -> event.notice().partner()).collect(Collectors.toSet()));
        int count = 0;
        for (PlanEventReceived event : events) {
            count += queueOne(event, subscriptions);
        }
        return count;
    }

    private int queueOne(PlanEventReceived event, List<WebhookDeliveryStore.Subscription> subscriptions) {
        PlanEventNotice notice = event.notice();
        List<UUID> endpoints = subscriptions.stream().filter(s -> s.wants(notice.partner(), event.type()))
                .map(WebhookDeliveryStore.Subscription::endpoint).toList();
        // Most events concern partners without webhooks: for them nothing is written, so nothing waits on a commit.
        if (endpoints.isEmpty() || !inbox.firstDelivery(CONSUMER, event.id())) {
            return 0;
        }
        String planUrl = plans + notice.planId();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime occurredAt = event.time() == null ? now : event.time();
        String payload = Json.write(mapper, notice.message(event.type(), occurredAt, planUrl));
        int count = 0;
        for (UUID endpoint : endpoints) {
            if (store.queue(UUID.randomUUID(), endpoint, event.id(), event.type(), payload, now)) {
                count++;
            }
        }
        queued.fire(new WebhooksQueued(count));
        return count;
    }
}
