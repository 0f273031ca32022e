package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import dev.kinetic.plan.config.WebhookConfig;
import dev.kinetic.plan.domain.RetrySchedule;
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

    /**
     * A claimed delivery of message {@code messageId}, ready to send, held until {@code claimedUntil}; {@code retriable}:
     * false for a ping. {@code attempts} and {@code firstAttemptAt} are the delivery's history before this attempt.
     */
    public record Claimed(UUID deliveryId, UUID endpointId, String url, String messageId, String payload,
            List<String> secrets, boolean retriable, OffsetDateTime queuedAt, int attempts, OffsetDateTime firstAttemptAt,
            OffsetDateTime claimedUntil) {

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
        return claimed(store.claimDue(now(), config.claimLease(), limit, config.concurrencyPerEndpoint(), null));
    }

    /** A ping's delivery, created claimed (sent at once by the caller, never retried). */
    @Transactional
    public Claimed ping(WebhookEndpointEntity endpoint, String messageId, String payload) {
        OffsetDateTime now = now();
        UUID id = UUID.randomUUID();
        store.queue(id, endpoint.id, messageId, dev.kinetic.contracts.webhooks.Webhooks.PING, payload, now);
        WebhookDeliveryEntity row = WebhookDeliveryEntity.findById(id);
        row.claimedUntil = now.plus(config.claimLease());
        return new Claimed(row.id, endpoint.id, endpoint.url, messageId, payload,
                secrets(endpoint.secret, endpoint.previousSecret, endpoint.previousSecretExpiresAt, now), false, now, 0, null,
                row.claimedUntil);
    }

    private List<Claimed> claimed(List<WebhookDeliveryStore.ClaimedRow> rows) {
        OffsetDateTime now = now();
        return rows.stream().map(r -> new Claimed(r.id(), r.endpointId(), r.url(), r.messageId(), r.payload(),
                secrets(r.secret(), r.previousSecret(), r.previousSecretExpiresAt(), now), true, r.createdAt(), r.attempts(),
                r.firstAttemptAt(), r.claimedUntil())).toList();
    }

    /** The endpoint's secret, and during a rotation's overlap its previous one: a receiver may check either. */
    private static List<String> secrets(String secret, String previous, OffsetDateTime previousExpiresAt, OffsetDateTime now) {
        return previous != null && previousExpiresAt != null && previousExpiresAt.isAfter(now) ? List.of(secret, previous)
                : List.of(secret);
    }

    /** Records an attempt and decides what comes next. */
    @Transactional
    public void settle(Claimed claimed, WebhookTransport.Outcome outcome) {
        store.commitWithoutWaitingForDisk();
        record(claimed, outcome);
    }

    /**
     * Records an attempt and, in the same transaction, claims the endpoint's next due delivery if there is one: a
     * sender keeps going through an endpoint's queue without a separate claim for every delivery.
     */
    @Transactional
    public Optional<Claimed> settleAndTakeNext(Claimed claimed, WebhookTransport.Outcome outcome) {
        store.commitWithoutWaitingForDisk();
        record(claimed, outcome);
        return claimed(store.claimDue(now(), config.claimLease(), 1, config.concurrencyPerEndpoint(), claimed.endpointId()))
                .stream().findFirst();
    }

    private void record(Claimed claimed, WebhookTransport.Outcome outcome) {
        OffsetDateTime now = now();
        int attempt = claimed.attempts() + 1;
        OffsetDateTime firstAttemptAt = claimed.firstAttemptAt() == null ? now : claimed.firstAttemptAt();
        int latencyMs = (int) Math.min(Integer.MAX_VALUE, outcome.latencyMillis());
        String error = outcome.error() == null ? null : truncate(outcome.error());
        if (outcome.delivered()) {
            if (store.settle(claimed.deliveryId(), claimed.claimedUntil(), new WebhookDeliveryStore.Settlement(
                    WebhookDeliveryEntity.DELIVERED, attempt, now, null, now, outcome.statusCode(), latencyMs, error))) {
                if (attempt == 1 && claimed.retriable()) {
                    latency.record(Duration.between(claimed.queuedAt(), now));
                }
                store.releaseBacklog(claimed.endpointId(), now);
                count("delivered");
            }
            return;
        }
        Optional<Duration> next = claimed.retriable()
                ? schedule.next(attempt, Duration.between(firstAttemptAt, now), ThreadLocalRandom.current()::nextDouble)
                : Optional.empty();
        String status = next.isPresent() ? WebhookDeliveryEntity.PENDING : WebhookDeliveryEntity.FAILED;
        if (!store.settle(claimed.deliveryId(), claimed.claimedUntil(), new WebhookDeliveryStore.Settlement(status, attempt, now,
                next.map(now::plus).orElse(null), null, outcome.statusCode(), latencyMs, error))) {
            return; // the endpoint was deleted meanwhile, or its claim ran out and another sender has it
        }
        if (!claimed.retriable()) {
            count("failed");
            return;
        }
        if (next.isPresent()) {
            count("retrying");
            return;
        }
        count("given-up");
        WebhookEndpointEntity endpoint = WebhookEndpointEntity.findById(claimed.endpointId());
        String reason = "Every attempt to deliver " + claimed.messageId() + " failed for " + hours(Duration.between(firstAttemptAt, now))
                + " (" + attempt + " attempts); the last: " + describe(outcome);
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
