package dev.kinetic.plan.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partner webhooks: where they may go, how they are sent and retried (README, Configuration). */
@ConfigMapping(prefix = "kinetic.webhooks")
public interface WebhookConfig {

    /** Plain http and loopback targets allowed: local development only ({@code ./kinetic-local} turns it on). */
    @WithDefault("false")
    boolean allowLocalTargets();

    /** The base of the plan URLs that deliveries carry (the gateway's public address). */
    @WithDefault("http://localhost:8083")
    String publicBaseUrl();

    /** Endpoints a partner may have. */
    @WithDefault("20")
    int maxEndpointsPerPartner();

    /** Deliveries in flight on one replica. */
    @WithDefault("32")
    int concurrency();

    /** Deliveries in flight to one endpoint, over all replicas (a slow receiver cannot hold up the others). */
    @WithDefault("8")
    int concurrencyPerEndpoint();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a receiver may take to answer. */
    @WithDefault("10s")
    Duration responseTimeout();

    /** How often each replica looks for due retries (new deliveries are sent at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a claimed delivery stays with the replica that claimed it before another may take it. */
    @WithDefault("1m")
    Duration claimLease();

    /** How long settled deliveries stay in the delivery log. */
    @WithDefault("30d")
    Duration deliveryRetention();

    Retry retry();

    interface Retry {

        @WithDefault("5s")
        Duration first();

        @WithDefault("4")
        double factor();

        @WithDefault("10h")
        Duration maxDelay();

        /** A delivery is retried at least this long; then it fails and its endpoint is disabled. */
        @WithDefault("24h")
        Duration giveUpAfter();

        @WithDefault("0.2")
        double jitter();
    }
}
