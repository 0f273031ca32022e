package dev.kinetic.platform.quota;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request quotas as token buckets in PostgreSQL (Bucket4j), so every replica of a service counts against the same
 * bucket. A bucket is one row per policy and client, locked for the instant of a take; rows of buckets full again
 * expire and are removed now and then. Call outside a database transaction: Bucket4j commits its own.
 */
@ApplicationScoped
public class Quotas {

    private static final Logger LOG = Logger.getLogger(Quotas.class);
    private static final int CLEAN_EVERY = 1_000;
    private static final int MAX_KEY = 200;

    private final QuotaConfig config;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicLong takes = new AtomicLong();
    private final QuotaHeaders.Charged charged;

    public Quotas(QuotaConfig config, AgroalDataSource dataSource, QuotaHeaders.Charged charged) {
        this.config = config;
        this.charged = charged;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /**
     * Takes one request from {@code client}'s bucket of {@code policy}; a {@link QuotaExceededException} (429) when it
     * is empty. The decision, with its headers, is returned either way when quotas are on; null when they are off.
     */
    public QuotaDecision charge(String policy, String client) {
        if (!config.enabled()) {
            return null;
        }
        QuotaConfig.Policy limit = config.policies().get(policy);
        if (limit == null) {
            throw new IllegalArgumentException("No quota policy '" + policy + "' is configured");
        }
        int capacity = limit.clients().getOrDefault(client, limit.capacity());
        Duration period = limit.period();
        BucketConfiguration bucket = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(capacity).refillGreedy(capacity, period))
                .build();
        ConsumptionProbe probe = buckets.builder()
                // A changed capacity (configuration, or a partner's contract) replaces the stored one, keeping the share used.
                .withImplicitConfigurationReplacement(Math.abs((long) capacity * 31 + period.toMillis()), TokensInheritanceStrategy.PROPORTIONALLY)
                .build(key(policy, client), () -> bucket)
                .tryConsumeAndReturnRemaining(1);
        cleanNowAndThen();
        QuotaDecision decision = new QuotaDecision(policy, probe.isConsumed(), capacity, Math.max(1, period.toSeconds()),
                probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
        charged.record(decision);
        if (!decision.allowed()) {
            throw new QuotaExceededException(decision);
        }
        return decision;
    }

    private void cleanNowAndThen() {
        if (takes.incrementAndGet() % CLEAN_EVERY == 0) {
            try {
                buckets.removeExpired(CLEAN_EVERY);
            } catch (RuntimeException e) {
                LOG.warnf("Could not remove expired quota buckets: %s", e.getMessage());
            }
        }
    }

    /** The row key: policy and client, the client hashed when it is long (it comes from a token or an address). */
    static String key(String policy, String client) {
        String key = policy + ":" + client;
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return policy + ":sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
