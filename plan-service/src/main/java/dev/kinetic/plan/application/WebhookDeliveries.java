package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import dev.kinetic.plan.config.WebhookConfig;
import dev.kinetic.plan.domain.RetrySchedule;
import dev.kinetic.plan.persistence.WebhookAttemptEntity;
import dev.kinetic.plan.persistence.WebhookDeliveryEntity;
import dev.kinetic.plan.persistence.WebhookDeliveryStore;
import dev.kinetic.plan.persistence.WebhookEndpointEntity;
import dev.kinetic.platform.inbox.Inbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The delivery queue: claims due deliveries, signs them, and settles each attempt — delivered, retried on the
 * {@link RetrySchedule}, or failed, which disables its endpoint with the reason. At-least-once: a delivery is
 * marked delivered only after the receiver's 2xx, so a crash in between sends it again with the same webhook-id.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);
    private static final int MAX_ERROR = 500;

    /** A claimed delivery of message {@code messageId}, ready to send; {@code retriable}: false for a ping. */
    public record Claimed(UUID deliveryId, UUID endpointId, String url, String messageId, String payload,
            List<String> secrets, boolean retriable, OffsetDateTime queuedAt) {

        public WebhookTransport.Message signed(long timestamp) {
            return new WebhookTransport.Message(url, messageId, timestamp,
                    WebhookSigning.signature(secrets, messageId, timestamp, payload), payload);
        }
    }

    private final WebhookDeliveryStore store;
    private final Inbox inbox;
    private final WebhookSubscriptions subscriptions;
    private final WebhookConfig config;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final Timer latency;
    private final MeterRegistry registry;

    public WebhookDeliveries(WebhookDeliveryStore store, Inbox inbox, WebhookSubscriptions subscriptions, WebhookConfig config, Clock clock,
            MeterRegistry registry) {
        this.store = store;
        this.inbox = inbox;
        this.subscriptions = subscriptions;
        this.config = config;
        this.clock = clock;
        WebhookConfig.Retry retry = config.retry();
        this.schedule = new RetrySchedule(retry.first(), retry.factor(), retry.maxDelay(), retry.giveUpAfter(), retry.jitter());
        this.registry = registry;
        this.latency = Timer.builder("kinetic.webhooks.delivery.latency")
                .description("From queueing to the receiver's 2xx, for deliveries that succeeded at the first attempt")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /** Takes up to {@code limit} due deliveries for this replica, within each endpoint's concurrency. */
    @Transactional
    public List<Claimed> claim(int limit) {
        store.commitWithoutWaitingForDisk();
        List<UUID> ids = store.claimDue(now(), config.claimLease(), limit, config.concurrencyPerEndpoint());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WebhookDeliveryEntity> rows = WebhookDeliveryEntity.list("id in ?1", ids);
        Map<UUID, WebhookEndpointEntity> endpoints = WebhookEndpointEntity.<WebhookEndpointEntity>list("id in ?1",
                rows.stream().map(d -> d.endpointId).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (WebhookDeliveryEntity row : rows) {
            WebhookEndpointEntity endpoint = endpoints.get(row.endpointId);
            if (endpoint != null) {
                claimed.add(claimed(row, endpoint, true));
            }
        }
        return claimed;
    }

    /** A ping's delivery, created claimed (sent at once by the caller, never retried). */
    @Transactional
    public Claimed ping(WebhookEndpointEntity endpoint, String messageId, String payload) {
        OffsetDateTime now = now();
        UUID id = UUID.randomUUID();
        store.queue(id, endpoint.id, messageId, dev.kinetic.contracts.webhooks.Webhooks.PING, payload, now);
        WebhookDeliveryEntity row = WebhookDeliveryEntity.findById(id);
        row.claimedUntil = now.plus(config.claimLease());
        return claimed(row, endpoint, false);
    }

    private Claimed claimed(WebhookDeliveryEntity row, WebhookEndpointEntity endpoint, boolean retriable) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(endpoint.secret);
        if (endpoint.previousSecret != null && endpoint.previousSecretExpiresAt != null
                && endpoint.previousSecretExpiresAt.isAfter(now())) {
            secrets.add(endpoint.previousSecret);
        }
        return new Claimed(row.id, endpoint.id, endpoint.url, row.messageId, row.payload, secrets, retriable, row.createdAt);
    }

    /** Records an attempt and decides what comes next. */
    @Transactional
    public void settle(Claimed claimed, WebhookTransport.Outcome outcome) {
        store.commitWithoutWaitingForDisk();
        WebhookDeliveryEntity row = WebhookDeliveryEntity.findById(claimed.deliveryId());
        if (row == null || !WebhookDeliveryEntity.PENDING.equals(row.status)) {
            return; // the endpoint was deleted meanwhile, or someone settled it
        }
        OffsetDateTime now = now();
        WebhookAttemptEntity attempt = new WebhookAttemptEntity();
        attempt.deliveryId = row.id;
        attempt.attempt = row.attempts + 1;
        attempt.attemptedAt = now;
        attempt.statusCode = outcome.statusCode();
        attempt.latencyMs = (int) Math.min(Integer.MAX_VALUE, outcome.latencyMillis());
        attempt.error = outcome.error() == null ? null : truncate(outcome.error());
        attempt.persist();
        row.attempts = attempt.attempt;
        row.claimedUntil = null;
        if (row.firstAttemptAt == null) {
            row.firstAttemptAt = now;
        }
        if (outcome.delivered()) {
            row.status = WebhookDeliveryEntity.DELIVERED;
            row.deliveredAt = now;
            row.nextAttemptAt = null;
            if (row.attempts == 1 && claimed.retriable()) {
                latency.record(Duration.between(claimed.queuedAt(), now));
            }
            store.releaseBacklog(row.endpointId, now);
            count("delivered");
            return;
        }
        if (!claimed.retriable()) {
            row.status = WebhookDeliveryEntity.FAILED;
            row.nextAttemptAt = null;
            count("failed");
            return;
        }
        var next = schedule.next(row.attempts, Duration.between(row.firstAttemptAt, now), ThreadLocalRandom.current()::nextDouble);
        if (next.isPresent()) {
            row.nextAttemptAt = now.plus(next.get());
            count("retrying");
            return;
        }
        count("given-up");
        row.status = WebhookDeliveryEntity.FAILED;
        row.nextAttemptAt = null;
        WebhookEndpointEntity endpoint = WebhookEndpointEntity.findById(row.endpointId);
        String reason = "Every attempt to deliver " + row.messageId + " failed for " + hours(Duration.between(row.firstAttemptAt, now))
                + " (" + row.attempts + " attempts); the last: " + describe(outcome);
        LOG.warnf("Disabled webhook endpoint %s of partner %s: %s", endpoint.id, endpoint.partner, reason);
        subscriptions.disable(endpoint, reason);
    }

    /** Removes settled deliveries, and the inbox's record of the events they came from, older than the retention. */
    public int purge() {
        OffsetDateTime before = now().minus(config.deliveryRetention());
        inbox.forget(QueueWebhookDeliveries.CONSUMER, before);
        return store.purgeSettled(before);
    }

    private void count(String outcome) {
        Counter.builder("kinetic.webhooks.attempts").description("Webhook delivery attempts by what came of them")
                .tag("outcome", outcome).register(registry).increment();
    }

    static String describe(WebhookTransport.Outcome outcome) {
        return outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error();
    }

    private static String hours(Duration duration) {
        return duration.toHours() >= 1 ? duration.toHours() + " h" : duration.toSeconds() + " s";
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
