package dev.kinetic.platform.quota;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request quotas: per policy a number of requests per period, for each client (a partner, or the address of an
 * anonymous caller), with capacities per partner where a contract says otherwise.
 * {@code kinetic.quota.policies.plan-create.capacity=600}, {@code …period=PT1M},
 * {@code …clients.acme-app=3000}.
 */
@ConfigMapping(prefix = "kinetic.quota")
public interface QuotaConfig {

    /** Off only for measurements that must not be throttled (the benchmark's own runs). */
    @WithDefault("true")
    boolean enabled();

    Map<String, Policy> policies();

    interface Policy {

        /** Requests a client may make per period (and at once, as a burst). */
        int capacity();

        @WithDefault("PT1M")
        Duration period();

        /**
         * Capacities of named clients instead of {@link #capacity()}: a partner by its id, an anonymous caller by
         * {@code ip:<address>} (in a properties file quote such a key and escape its colons: {@code …clients."ip\:203.0.113.7"=10}).
         */
        Map<String, Integer> clients();
    }
}
