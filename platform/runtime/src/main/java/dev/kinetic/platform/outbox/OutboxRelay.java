package dev.kinetic.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Publishes staged events to Kafka in outbox order, then marks them published. At-least-once:
 * a crash between send and mark re-sends, which consumers absorb by event id and version. While
 * the broker is down the relay backs off and retries; writers are never affected.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final OutboxStore store;
    private final OutboxConfig.Relay config;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private volatile Producer<String, String> producer;
    private Instant nextPurge = Instant.now();

    public OutboxRelay(OutboxStore store, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.store = store;
        this.config = config.relay();
        this.kafkaConfig = kafkaConfig;
        this.published = Counter.builder("kinetic.outbox.published").description("Events relayed to Kafka").register(registry);
        this.failures = Counter.builder("kinetic.outbox.failures").description("Failed relay rounds").register(registry);
        this.parked = Counter.builder("kinetic.outbox.parked")
                .description("Events set aside because the broker can never accept them").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        store.releaseLeadership();
    }

    /** Wakes the relay as soon as a transaction that staged events has committed. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxStaged staged) {
        wake();
    }

    /** Makes an idle relay look for rows now. */
    void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                if (producer == null) {
                    // Made here, not on the thread that starts the service: where the relay's is the service's first
                    // Kafka client, its construction is 0.1-0.2 s of cold code that readiness does not need.
                    producer = newProducer();
                }
                int relayed = relayOnce();
                backoff = config.initialBackoff();
                if (relayed < config.batchSize()) {
                    waitFor(config.pollInterval());
                }
            } catch (Exception e) {
                failures.increment();
                discardProducer();
                LOG.warnf("Outbox relay round failed, retrying in %d ms: %s", backoff.toMillis(), e.toString());
                waitFor(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes one batch; returns how many rows it settled (published or parked). */
    int relayOnce() throws Exception {
        if (!store.holdLeadership()) {
            return 0;
        }
        purgeIfDue();
        List<PendingEvent> batch = store.pending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            sends.add(producer.send(event.toRecord()));
        }
        // Marked in order up to the first failure that may pass: the rest is sent again, in order, next round.
        // A row that can never be delivered is parked instead, so it cannot hold back the rows behind it.
        List<PendingEvent> delivered = new ArrayList<>(batch.size());
        int parkedNow = 0;
        Exception failure = null;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(60, TimeUnit.SECONDS);
                delivered.add(batch.get(i));
            } catch (Exception e) {
                if (!DeliveryFailure.isPermanent(e)) {
                    failure = e;
                    break;
                }
                PendingEvent poison = batch.get(i);
                String reason = DeliveryFailure.reason(e);
                store.park(poison, reason);
                parked.increment();
                parkedNow++;
                LOG.errorf("Parked outbox event %s (%s on %s, key %s): %s. List, retry or drop parked events at %s",
                        poison.eventId(), poison.type(), poison.topic(), poison.key(), reason, ParkedEventsResource.PATH);
            }
        }
        store.markPublished(delivered);
        published.increment(delivered.size());
        if (failure != null) {
            throw failure;
        }
        return delivered.size() + parkedNow;
    }

    /** A producer whose sends timed out may hold unresolved batches; the next round starts a fresh one. */
    private void discardProducer() {
        Producer<String, String> failed = producer;
        producer = null;
        if (failed != null) {
            failed.close(Duration.ZERO);
        }
    }

    private Producer<String, String> newProducer() {
        return new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
    }

    private void purgeIfDue() throws Exception {
        if (Instant.now().isAfter(nextPurge)) {
            int purged = store.purgePublishedOlderThan(config.retention());
            if (purged > 0) {
                LOG.infof("Purged %d published outbox rows older than %s", purged, config.retention());
            }
            nextPurge = Instant.now().plus(PURGE_EVERY);
        }
    }

    private void waitFor(Duration duration) {
        try {
            wakeUp.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                producerConfig.put(key, value);
            }
        });
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
        // The client-side bound a record is checked against (uncompressed); staging keeps payloads below it.
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_048_576);
        // Fail fast while the broker is down: the relay's own backoff decides when to try again.
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return producerConfig;
    }
}
