package dev.kinetic.plan.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import dev.kinetic.plan.application.WebhookDeliveries;
import dev.kinetic.plan.application.WebhookTransport;
import dev.kinetic.plan.application.WebhooksQueued;
import dev.kinetic.plan.config.WebhookConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Sends due webhook deliveries: a loop claims as many as it has free senders (woken as soon as new ones commit, or a
 * sender finishes after a claim that may have left some behind, else every poll interval for the retries) and a
 * bounded pool sends them;
 * a sender goes on with its endpoint's next due delivery, claimed as it settles the last. The claim takes at most
 * {@code concurrency-per-endpoint} in flight to one endpoint across replicas, so a slow or hanging receiver holds
 * only its own deliveries back. Every replica runs one; claims never overlap.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final WebhookDeliveries deliveries;
    private final WebhookTransport transport;
    private final WebhookConfig config;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Semaphore slots;

    private volatile boolean running;
    /**
     * The last claim may have left due deliveries behind: no sender was free, or it came back short while senders
     * were out (an endpoint at its in-flight cap). The next sender to finish then wakes the loop, rather than
     * leaving them to the next poll.
     */
    private volatile boolean leftBehind;
    private Thread loop;
    private ExecutorService senders;
    private Instant nextPurge = Instant.now();

    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookTransport transport, WebhookConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.transport = transport;
        this.config = config;
        this.clock = clock;
        this.slots = new Semaphore(config.concurrency());
    }

    void start(@Observes StartupEvent event) {
        running = true;
        senders = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread thread = new Thread(r, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::run, "webhook-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release();
        if (senders != null) {
            senders.shutdown();
            try {
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** New deliveries committed: send them now rather than at the next poll. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksQueued queued) {
        wake();
    }

    /** Makes an idle loop claim now. */
    private void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        while (running) {
            try {
                purgeIfDue();
                int free = slots.availablePermits();
                int wanted = Math.min(free, 100);
                List<WebhookDeliveries.Claimed> due = free == 0 ? List.of() : deliveries.claim(wanted);
                leftBehind = free == 0 || (due.size() < wanted && free < config.concurrency());
                due.forEach(this::dispatch);
                if (due.size() < Math.max(wanted, 1)) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Webhook dispatch round failed, retrying: %s", e.toString());
                sleep(config.pollInterval());
            }
        }
    }

    /**
     * Claimed no more than there are free slots: a slot is always there. The sender then keeps its slot for the
     * endpoint's next due deliveries, each claimed as the previous one settles, and hands it back when none is left.
     */
    private void dispatch(WebhookDeliveries.Claimed first) {
        slots.acquireUninterruptibly();
        senders.execute(() -> {
            Optional<WebhookDeliveries.Claimed> next = Optional.of(first);
            try {
                while (next.isPresent() && running) {
                    WebhookDeliveries.Claimed claimed = next.get();
                    WebhookTransport.Outcome outcome = transport.send(claimed.signed(clock.instant().getEpochSecond()));
                    next = deliveries.settleAndTakeNext(claimed, outcome);
                }
            } catch (RuntimeException e) {
                // Left claimed: the lease runs out and the delivery is tried again.
                LOG.warnf("Webhook delivery to endpoint %s not settled: %s", first.endpointId(), e.toString());
            } finally {
                slots.release();
                if (leftBehind) {
                    leftBehind = false;
                    wake();
                }
            }
        });
    }

    private void purgeIfDue() {
        if (Instant.now().isAfter(nextPurge)) {
            nextPurge = Instant.now().plus(PURGE_EVERY);
            int purged = deliveries.purge();
            if (purged > 0) {
                LOG.infof("Removed %d settled webhook deliveries past their retention", purged);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
